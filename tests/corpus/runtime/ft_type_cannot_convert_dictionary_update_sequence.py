# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Cannot_convert_dictionary_update_sequence
dict([1, 2, 3])
