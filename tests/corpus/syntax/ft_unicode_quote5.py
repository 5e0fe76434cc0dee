# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unicode_quote5.py
# expect: `a = (1, 2)`
# reject: кавычк
a = (1‚ 2)
