# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_star_used_only_once_2.py
def test(a, *arg, *other):
    pass
