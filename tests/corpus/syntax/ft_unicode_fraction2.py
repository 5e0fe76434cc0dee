# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_fraction2.py
# expect: `a = 1 + 1/2
a = 1½  # 1 1/2
