# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_keyword_as_arg_4.py
def f(**None):
    pass
