# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_operator_instead_of_equal.py
def test(a, b=3, c+None):
    pass
