# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/dict_value_missing_4.py
a = {1:2, 3:, 4:5}
