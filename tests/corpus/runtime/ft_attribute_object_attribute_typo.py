# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Object_attribute_typo
a = [1, 2, 3]
a.appendh(4)
