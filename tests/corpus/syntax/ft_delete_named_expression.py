# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_named_expression.py
del (a := 5)
