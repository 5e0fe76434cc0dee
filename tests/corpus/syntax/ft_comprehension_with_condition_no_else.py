# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/comprehension_with_condition_no_else.py
# expect: `a = [f(x) for x in sequence if condition]`
a = [f(x) if condition for x in sequence]
