# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/eol_string_literal.py
alphabet = 'abc
