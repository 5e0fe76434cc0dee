# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/continue_outside_loop.py
x = 1
if x:
    continue
