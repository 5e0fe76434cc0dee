# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_import_error.py, test_multiple_choices
from math import bsin
