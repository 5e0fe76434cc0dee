# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_name_is_parameter_and_global.py
# expect: параметр функции
# expect: `global x`
x = 1

def f(x):
    global x
