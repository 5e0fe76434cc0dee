# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_extra_semi_colon.py
# expect: `def test():`
# reject: имена параметров
def test():;
    pass
