# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/backslash_instead_of_slash.py
a = 3 \ 4.0
