# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/cannot_use_star.py
*a
