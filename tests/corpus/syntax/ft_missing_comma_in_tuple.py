# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_comma_in_tuple.py
a = (1, 2  3)
