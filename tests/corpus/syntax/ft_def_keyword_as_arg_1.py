# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_keyword_as_arg_1.py
def f(None=1):
    pass
