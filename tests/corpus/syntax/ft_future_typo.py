# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/future_typo.py
# expect: `division`
from __future__ import divisio
