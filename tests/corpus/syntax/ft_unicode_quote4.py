# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_quote4.py
a = hello = 1
if a › hello:
    pass
