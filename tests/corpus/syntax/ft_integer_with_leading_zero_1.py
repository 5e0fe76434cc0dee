# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/integer_with_leading_zero_1.py
x = 01
