# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/del_paren_star_2.py
del (*x,)
