# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Not_enough_values_to_unpack
d = (1,)
a, b, *c = d
