# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/inverted_operators_2.py
a =<* 3
