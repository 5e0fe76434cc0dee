# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_Popitem_empty_dict
d = {}
d.popitem()
