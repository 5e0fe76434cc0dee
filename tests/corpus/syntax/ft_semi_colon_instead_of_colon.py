# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/semi_colon_instead_of_colon.py
# expect: `if True:  # A comment`
if True;  # A comment
    pass
