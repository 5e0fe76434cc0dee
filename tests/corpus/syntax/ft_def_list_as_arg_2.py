# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_list_as_arg_2.py
def test(x, [y]):  # list as second argument, after comma
    pass
