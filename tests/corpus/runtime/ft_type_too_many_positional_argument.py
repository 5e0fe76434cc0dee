# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Too_many_positional_argument
def fn(*, b=1):
    pass

fn(1)
