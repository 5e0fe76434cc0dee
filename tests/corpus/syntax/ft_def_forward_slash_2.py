# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_forward_slash_2.py
def test(a, *, b, /):
    pass
