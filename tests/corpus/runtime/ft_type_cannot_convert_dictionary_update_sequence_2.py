# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Cannot_convert_dictionary_update_sequence
dd = {"a": "a"}
dd.update([1, 2, 3])
