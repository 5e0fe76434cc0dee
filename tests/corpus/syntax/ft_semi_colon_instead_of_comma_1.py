# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/semi_colon_instead_of_comma_1.py
a = [1, 2; 3]
