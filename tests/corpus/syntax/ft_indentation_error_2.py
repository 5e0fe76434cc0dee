# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/indentation_error_2.py
x = 1
if x:
    pass
      pass
