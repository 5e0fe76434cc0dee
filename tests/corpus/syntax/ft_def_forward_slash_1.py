# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_forward_slash_1.py
def test(a, **kwargs, /):
    pass
