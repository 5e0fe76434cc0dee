# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_name_error.py, test_Synonym
from math import *
cost
