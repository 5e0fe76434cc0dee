# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Derive_from_BaseException
class MyException:
    pass

try:
    1/0
except (MyException, BaseException):
    pass
