# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unexpected_eof.py
def foo():
    return [1, 2, 3,

print(foo())
