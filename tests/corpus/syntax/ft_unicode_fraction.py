# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_fraction.py
a = ¾  # 3/4
