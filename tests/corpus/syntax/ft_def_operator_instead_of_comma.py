# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_operator_instead_of_comma.py
def test(a + b):
    pass
