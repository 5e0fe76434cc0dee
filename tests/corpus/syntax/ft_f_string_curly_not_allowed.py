# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/f_string_curly_not_allowed.py
f"ab}"
