# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Too_few_positional_argument
def fn(a, b, c):
    pass

fn(1)
