# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Object_is_not_subscriptable
def f():
    pass

a = f[1]
