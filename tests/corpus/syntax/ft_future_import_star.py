# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/future_import_star.py
from __future__ import *
