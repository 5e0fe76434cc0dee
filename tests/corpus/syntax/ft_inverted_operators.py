# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/inverted_operators.py
# expect: `a <= 3`
a =< 3
