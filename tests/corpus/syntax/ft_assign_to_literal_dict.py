# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_literal_dict.py
{1 : 2, 2 : 4} = 5
