# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/triple_equal.py
y = z = 1
x = y === z
