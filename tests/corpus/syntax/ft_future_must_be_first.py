# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/future_must_be_first.py
import math
from __future__ import generators
