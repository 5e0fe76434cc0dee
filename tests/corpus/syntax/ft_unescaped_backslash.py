# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unescaped_backslash.py
a = "abc\"
