# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_import_error.py, test_no_suggestion
from math import alphabet_alphabet
