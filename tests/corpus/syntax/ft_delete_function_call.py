# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_function_call.py
def f(a):
    pass

a = 1
del f(a)
