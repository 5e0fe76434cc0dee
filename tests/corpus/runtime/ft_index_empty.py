# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_index_error.py, test_Empty
a = []
c = a[1]
