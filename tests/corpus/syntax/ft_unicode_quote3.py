# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_quote3.py
# expect: `if a < hello:`
# reject: кавычк
a = hello = 1
if a ‹ hello:
    pass
