# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Modulo_operator
zero = 0
1 % zero
