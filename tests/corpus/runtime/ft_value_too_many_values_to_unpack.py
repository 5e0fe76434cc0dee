# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Too_many_values_to_unpack
c = [1, 2, 3]
a, b = c
