# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/indentation_error_4.py
s = "b"
         "c"
