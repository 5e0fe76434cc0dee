# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/name_is_global_and_nonlocal.py
xy = 1

def f():
    xy = 2

    def g():
        nonlocal xy
        global xy
