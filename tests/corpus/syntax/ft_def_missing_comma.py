# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_missing_comma.py
def a(b, c d):
    pass
