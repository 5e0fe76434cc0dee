# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_vars_arg_must_have_dict
a = [1, 2]
vars(a)
