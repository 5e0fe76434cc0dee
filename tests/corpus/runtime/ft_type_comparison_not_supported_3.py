# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Comparison_not_supported
import itertools
42 < itertools.count()
