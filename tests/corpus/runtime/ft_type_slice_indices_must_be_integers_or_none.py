# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Slice_indices_must_be_integers_or_None
[1, 2, 3][1.0:2.0]
