# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_arg_after_kwarg.py
def test(a, **kwargs, b):
    pass
