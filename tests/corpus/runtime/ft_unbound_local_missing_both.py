# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unbound_local_error.py, test_Missing_both
spam_missing_both = 1

def outer_missing_both():
    spam_missing_both = 2
    def inner():
        spam_missing_both += 1
    inner()

outer_missing_both()
