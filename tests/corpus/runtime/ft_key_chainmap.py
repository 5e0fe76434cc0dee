# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_ChainMap
from collections import ChainMap
d = ChainMap({}, {})
d.pop(42)
