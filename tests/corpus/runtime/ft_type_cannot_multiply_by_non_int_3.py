# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Cannot_multiply_by_non_int
a = b = c = "2"
d = a * b * c
