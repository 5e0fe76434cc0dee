# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_function_got_multiple_argument
def fn1(a):
    pass

fn1(0, a=1)
