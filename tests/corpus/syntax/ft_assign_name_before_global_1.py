# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_name_before_global_1.py
aa, bb, cc, dd = 1, 2, 3, 4

def fn():
    cc = 5
    global aa, bb, cc, dd
