# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/space_between_operators_2.py
# expect: `a /= b`
a / = b
