# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/and_in_import_statement.py
# expect: `from math import sin, cos`
from math import sin and cos
