# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_conditional.py
a = b = 0
a if 1 else b = 1
