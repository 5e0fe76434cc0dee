# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_missing_colon.py
def test()
    pass
