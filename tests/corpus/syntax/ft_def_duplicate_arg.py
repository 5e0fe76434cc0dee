# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_duplicate_arg.py
def f(aa=1, aa=2):
    pass
