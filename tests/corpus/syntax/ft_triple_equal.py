# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/triple_equal.py
# expect: `x = y == z`
y = z = 1
x = y === z
