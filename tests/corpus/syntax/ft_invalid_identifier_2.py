# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_identifier_2.py
tau = 2pi
