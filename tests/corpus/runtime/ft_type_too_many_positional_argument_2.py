# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Too_many_positional_argument
class A:
    def f(x):
        pass

A().f(1)
