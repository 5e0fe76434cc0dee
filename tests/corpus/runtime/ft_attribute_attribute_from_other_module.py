# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_attribute_error.py, test_Attribute_from_other_module
import math
import keyword
keyword.pi
