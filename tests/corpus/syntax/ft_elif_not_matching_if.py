# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/elif_not_matching_if.py
if True:
    pass
  elif True:
    pass
