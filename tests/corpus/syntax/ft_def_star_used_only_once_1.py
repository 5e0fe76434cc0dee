# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_star_used_only_once_1.py
def test(a, *, *):
    pass
