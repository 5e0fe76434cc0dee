# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Argument_of_object_is_not_iterable
a = object()
b = object()
a in b
