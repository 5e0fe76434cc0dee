# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assignment_expression_cannot_rebind.py
a = [(i := 1) for i in [1]]
