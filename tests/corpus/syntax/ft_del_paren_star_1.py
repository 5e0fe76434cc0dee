# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/del_paren_star_1.py
del (*x)
