# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unbound_local_error.py, test_Using_name_of_builtin
def dist(points):
    max = max(points)
    min = min(points)
    return max - min

dist([])
