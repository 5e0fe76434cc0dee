# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_extra_comma.py
def test(a,,b):
    pass
