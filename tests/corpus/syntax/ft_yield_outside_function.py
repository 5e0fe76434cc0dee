# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/yield_outside_function.py
i = 1
(yield i) == 3
