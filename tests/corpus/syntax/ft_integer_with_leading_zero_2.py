# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/integer_with_leading_zero_2.py
x = 000_123_456
