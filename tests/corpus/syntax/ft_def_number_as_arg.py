# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_number_as_arg.py
# expect: `def f(x):`
def f(1):
    pass
