# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/indentation_error_1.py
if True:
pass
