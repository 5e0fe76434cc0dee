# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_index_error.py, test_Assignment
a = list(range(10))
a[13] = 1
