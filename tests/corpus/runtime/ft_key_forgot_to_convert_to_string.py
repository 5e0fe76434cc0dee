# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_Forgot_to_convert_to_string
squares = {"1": 1, "2": 4, "3": 9}
print(squares[2])
