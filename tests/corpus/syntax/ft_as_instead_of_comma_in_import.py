# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/as_instead_of_comma_in_import.py
from math import (sin, cos) as funcs
