# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/space_in_variable_name.py
my name = André
