# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_zero_division_error.py, test_Mixed_operations
a = divmod(8, 1 // 2)
