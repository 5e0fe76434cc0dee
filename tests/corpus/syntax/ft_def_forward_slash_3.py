# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_forward_slash_3.py
def test(a, *arg, /):
    pass
