# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/walrus_instead_of_equal.py
# expect: `a = 3`
a := 3
