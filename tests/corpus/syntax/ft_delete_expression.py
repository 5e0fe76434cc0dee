# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_expression.py
del a.b.c[0] + 2
