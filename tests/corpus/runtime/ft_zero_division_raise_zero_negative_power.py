# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Raise_zero_negative_power
# expect: отрицательную степень
# reject: `//`
zero = 0
zero**-1
