# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Use_join_with_str
a = ['a', '2'].join('abc')
