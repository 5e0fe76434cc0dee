# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unclosed_bracket.py
def foo():
    return [1, 2, 3

print(foo())
