# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Bad_type_for_unary_operator
a = ~(1, 2, 3)
print(a)
