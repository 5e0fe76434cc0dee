# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/semi_colon_instead_of_colon.py
if True;  # A comment
    pass
