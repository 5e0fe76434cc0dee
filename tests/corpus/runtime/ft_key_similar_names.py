# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_Similar_names
first = {"alpha": 1, "beta": 2, "gamma": 3}
a = first["alpha1"]
