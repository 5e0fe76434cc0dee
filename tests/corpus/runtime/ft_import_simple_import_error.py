# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_import_error.py, test_Simple_import_error
from math import Pi
