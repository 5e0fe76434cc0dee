# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_overflow_error.py, test_Generic
2.0 ** 1600
