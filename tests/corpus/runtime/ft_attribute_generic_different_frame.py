# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Generic_different_frame
class A:
    attr = 1

def f():
    class A:
        attr2 = 1
    return A()

a = f()
a.attr
