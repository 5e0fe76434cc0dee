# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/comprehension_missing_tuple_paren.py
x = [i, i**2 for i in range(10)]
