# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Use_synonym
a = [1, 2, 3]
a.add(4)
