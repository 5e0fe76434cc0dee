# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/trailing_comma_in_import.py
from math import sin, cos,
