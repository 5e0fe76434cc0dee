# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_set_as_arg.py
def test(y, {'a', 'b'}):  # set as second argument, after comma
    pass
