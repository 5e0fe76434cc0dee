# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_name_before_global_2.py
var = 1

def fn():
    print(var)
    global var
