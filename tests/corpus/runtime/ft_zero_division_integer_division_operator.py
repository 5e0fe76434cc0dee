# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Integer_division_operator
zero = 0
2 // 1 // zero
