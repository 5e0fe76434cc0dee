# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/use_backquote.py
a = `1`
