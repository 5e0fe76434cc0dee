# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_identifier_3.py
3job  # could be entered in a repl
