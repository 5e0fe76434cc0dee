# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_index_error.py, test_Assignment
b = []
c, b[1] = 1, 2
