# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_extra_comma.py
# expect: `def test(a, b):`
def test(a,,b):
    pass
