# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Using_slots
class F:
    __slots__ = ["a"]

f = F()
f.b = 1
