# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_keyword_argument_2.py
a = dict(True=1)
