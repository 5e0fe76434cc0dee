# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unclosed_paren_4.py
print('hello'

def test():
    pass
