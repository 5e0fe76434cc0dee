# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_keyword_def.py
def = 2
