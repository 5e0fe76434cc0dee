# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_bare_star_arg.py
def f(*):
    pass
