# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_tuple_as_arg_1.py
def test((a, b), c):
    pass
