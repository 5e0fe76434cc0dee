# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Indices_must_be_integers_or_slices
[1, 2, 3]["2"]
