# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Convert_to_int
int('13a')
