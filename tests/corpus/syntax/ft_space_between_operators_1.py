# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/space_between_operators_1.py
a = 2 * * 5
