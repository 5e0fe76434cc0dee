# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_fraction2.py
a = 1½  # 1 1/2
