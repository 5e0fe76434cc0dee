# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/single_equal_with_while.py
# expect: `while a == 1:`
a = 1
while a = 1:
    pass
