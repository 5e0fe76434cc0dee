# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_import_error.py, test_wrong_case
from math import PI
