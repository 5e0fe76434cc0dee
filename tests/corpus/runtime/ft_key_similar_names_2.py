# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_Similar_names
second = {"alpha0": 1, "alpha11": 2, "alpha12": 3}
a = second["alpha"]
