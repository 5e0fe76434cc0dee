# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_semi_colon_instead_of_colon.py
def test();
    pass
