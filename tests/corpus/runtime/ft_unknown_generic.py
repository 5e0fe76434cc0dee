# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unknown_error.py, test_Generic
class UnknownException(Exception):
    pass

class UnknownTwo(UnknownException):
    pass

raise UnknownTwo("irrelevant message")
