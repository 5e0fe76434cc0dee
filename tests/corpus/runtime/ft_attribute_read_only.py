# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Read_only
class F:
    __slots__ = ["a"]
    b = 2

f = F()
f.b = 1
