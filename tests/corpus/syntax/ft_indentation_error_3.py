# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/indentation_error_3.py
def f():
    if True:
        pass
      pass
