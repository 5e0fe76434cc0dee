# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_string_as_arg.py
def f("1"):
    pass
