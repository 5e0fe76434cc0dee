# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/return_outside_function.py
x = 1
return
