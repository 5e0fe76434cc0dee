# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unmatched_closing_bracket_1.py
x = (1, 2, 3]
