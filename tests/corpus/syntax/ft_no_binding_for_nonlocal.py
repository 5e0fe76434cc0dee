# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/no_binding_for_nonlocal.py
def f():
    nonlocal ab
