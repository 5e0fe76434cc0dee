# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_name_before_nonlocal_1.py
def outer():
    pp, qq = 1, 2

    def inner():
        print(qq)
        nonlocal pp, qq
