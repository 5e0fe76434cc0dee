# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_function_has_no_len
def bad():
    pass

len(bad)
