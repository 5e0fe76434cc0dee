# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/lambda_with_parens.py
x = lambda (a, b): a + b
