# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Complex_division
zero = 0j
1 / zero
