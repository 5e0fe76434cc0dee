# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_dict_as_arg.py
def test({'a': 1}, y):  # dict as first argument
    pass
