# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_comma_in_list.py
# expect: возможно
# expect: `a = [1, 2, 3]`
a = [1, 2  3]
