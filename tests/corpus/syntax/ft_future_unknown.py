# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/future_unknown.py
from __future__ import something
