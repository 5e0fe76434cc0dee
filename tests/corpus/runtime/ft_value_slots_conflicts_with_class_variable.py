# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Slots_conflicts_with_class_variable
class F:
    __slots__ = ["a", "b"]
    a = 1
