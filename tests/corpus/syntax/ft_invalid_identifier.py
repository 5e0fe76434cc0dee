# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_identifier.py
36abc = 3
