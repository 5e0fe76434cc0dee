# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/star_assignment_target.py
*a = 1
