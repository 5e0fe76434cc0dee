# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Tuple_no_item_assignment
a = (1, 2, 3)
a[0] = 0
