# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_quote.py
a = « hello »
