# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Not_enough_values_to_unpack
for x, y, z in enumerate(range(3)):
    pass
