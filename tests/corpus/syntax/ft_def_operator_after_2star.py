# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_operator_after_2star.py
def test(**):
    pass
