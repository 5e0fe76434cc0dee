# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_list_as_arg_1.py
def test([x], y):  # list as first argument
    pass
