# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Can_only_concatenate
a = "2"
one = 1
result = a + one
