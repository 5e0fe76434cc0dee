# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/raise_multiple_exceptions.py
raise X, Y
