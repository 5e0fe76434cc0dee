# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unbound_local_error.py, test_Missing_nonlocal
def outer_missing_nonlocal():
    spam_missing_nonlocal = 1
    def inner():
        spam_missing_nonlocal += 1
    inner()

outer_missing_nonlocal()
