# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unknown_error.py, test_Generic
class UnknownException(Exception):
    pass

raise UnknownException("Some informative message about an unknown exception.")
