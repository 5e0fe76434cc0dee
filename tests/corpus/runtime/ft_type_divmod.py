# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_divmod
a = 2
b = 3 + 2j
result = divmod(a, b)
