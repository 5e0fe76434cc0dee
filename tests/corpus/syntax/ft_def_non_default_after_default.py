# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_non_default_after_default.py
def test(a=1, b):
    pass
