# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_constant_keyword.py
del True
