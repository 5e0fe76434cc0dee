# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/else_no_matching_statement.py
if True:
    pass
  else:
    pass
