# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Pow_third_arg_cannot_be_zero
a = 0
pow(2, 4, a)
