# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_positional_after_keyword_arg.py
def test(a, b):
    pass

test(a=1, b)
