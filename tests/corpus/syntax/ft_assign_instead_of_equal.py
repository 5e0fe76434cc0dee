# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_instead_of_equal.py
# expect: `a = (b == 2)
# reject: условиях `if`
a = (b = 2)  # issue #65
