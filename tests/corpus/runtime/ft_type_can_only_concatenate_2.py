# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Can_only_concatenate
a = "a"
a_list = [1, 2, 3]
result = a + a_list
