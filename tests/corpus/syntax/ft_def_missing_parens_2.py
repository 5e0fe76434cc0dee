# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_missing_parens_2.py
def name a, b:
    pass
