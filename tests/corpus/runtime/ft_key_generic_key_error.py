# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_Generic_key_error
d = {"a": 1, "b": 2}
d["c"]
