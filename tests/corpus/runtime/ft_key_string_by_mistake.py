# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_key_error.py, test_String_by_mistake
d = {(0, 0): "origin"}
d["(0, 0)"]
