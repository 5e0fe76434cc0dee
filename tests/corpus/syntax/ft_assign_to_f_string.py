# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_f_string.py
# expect: а здесь `f'{x}'`
# reject: услови
x = 1
f'{x}' = 42
