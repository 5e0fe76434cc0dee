# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Builtin_has_no_len
# expect: `len("Hello world".split())`
# reject: len(list
len("Hello world".split)
