# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/imaginary_i.py
a = 3.0i
