# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/cannot_assign_to_attribute_here.py
if x.a = 1:
    pass
