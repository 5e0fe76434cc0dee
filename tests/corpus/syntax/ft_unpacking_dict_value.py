# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unpacking_dict_value.py
{'a': *(1, 2, 3)}
