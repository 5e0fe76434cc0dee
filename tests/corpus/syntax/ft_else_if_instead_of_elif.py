# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/else_if_instead_of_elif.py
x = 1
if x > 1:
    pass
else if True:
    pass
