# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unmatched_closing_curly.py
a = {1,
    2,
    3, 4,}}
