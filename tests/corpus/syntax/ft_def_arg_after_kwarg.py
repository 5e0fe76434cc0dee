# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_arg_after_kwarg.py
# expect: `def test(a, b, **kwargs):`
def test(a, **kwargs, b):
    pass
