# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Float_modulo
zero = 0.0
a = 10**1000
a % 1 % zero
