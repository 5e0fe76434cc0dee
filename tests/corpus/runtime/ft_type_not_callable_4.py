# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Not_callable
class A:
    a_list = [1, 2, 3]

b = A()
b.a_list(3)
