# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_index_error.py, test_Long_list
a = list(range(40))
b = tuple(range(50))
print(a[60], b[0])
