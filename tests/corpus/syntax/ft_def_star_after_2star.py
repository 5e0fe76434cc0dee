# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_star_after_2star.py
def test(**kw, *arg):
    pass
