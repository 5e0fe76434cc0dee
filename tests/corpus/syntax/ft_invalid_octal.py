# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_octal.py
b = 0O1876
