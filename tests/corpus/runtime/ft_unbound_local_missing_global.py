# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unbound_local_error.py, test_Missing_global
spam_missing_global = 1

def outer_missing_global():
    def inner():
        spam_missing_global += 1
    inner()

outer_missing_global()
