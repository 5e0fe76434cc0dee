# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_vars_arg_must_have_dict
class F:
    __slots__ = []

f = F()
vars(f)
