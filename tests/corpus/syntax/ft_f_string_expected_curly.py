# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/f_string_expected_curly.py
f"{ab"
