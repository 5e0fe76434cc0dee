# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_index_error.py, test_Short_tuple
a = (1, 2, 3)
b = [1, 2, 3]
print(a[3], b[2])
