# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/comprehension_with_condition_with_else.py
a = [f(x) for x in sequence if condition else other]
