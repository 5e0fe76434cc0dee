# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/dict_value_missing_1.py
a = {1:2, 3}
