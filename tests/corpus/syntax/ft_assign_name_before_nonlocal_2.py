# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_name_before_nonlocal_2.py
def outer():
    s = 1

    def inner():
        s = 2
        nonlocal s
