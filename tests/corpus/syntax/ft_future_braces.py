# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/future_braces.py
# expect: отступами
from __future__ import braces
