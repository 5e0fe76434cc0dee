# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unclosed_paren_1.py
x = int('1'
if x == 1:
    print('yes')
