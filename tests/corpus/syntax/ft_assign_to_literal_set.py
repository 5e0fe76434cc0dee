# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_literal_set.py
{1, 2, 3} = 4
