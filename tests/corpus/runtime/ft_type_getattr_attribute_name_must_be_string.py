# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_getattr_attribute_name_must_be_string
hasattr("__repr__", 1)
