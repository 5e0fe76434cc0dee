# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/generator_expression_parens.py
L = [1, 2]
f(x for x in L, 1)
