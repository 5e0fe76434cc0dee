# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Cannot_unpack_non_iterable_object
a, b = 42.0
