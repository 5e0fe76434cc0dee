# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/hyphen_instead_of_underscore.py
a-b = 2
