# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_keyword_as_name.py
# expect: `def pass_():`
def pass():
    pass
