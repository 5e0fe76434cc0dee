# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/inverted_operators.py
a =< 3
