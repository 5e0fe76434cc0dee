# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unclosed_paren_2.py
b = c = 1
a = (b+c
d = a*a
