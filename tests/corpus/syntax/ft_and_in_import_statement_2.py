# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/and_in_import_statement_2.py
from math import sin, tan, and cos
