# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/name_is_param_and_nonlocal.py
def outer():
    x = 1

    def f(x):
        nonlocal x
