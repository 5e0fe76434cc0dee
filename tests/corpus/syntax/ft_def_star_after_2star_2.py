# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_star_after_2star_2.py
def test(**kw, *):
    pass
