# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unclosed_paren_3.py
if 1:
    print(((123))

if 2:
    print(123))
