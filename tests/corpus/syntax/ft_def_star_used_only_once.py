# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_star_used_only_once.py
def test(a, *arg, *, b=1):
    pass
