# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/lambda_with_tuple_argument.py
x = lambda a, (b, c): a + b + b
