# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_missing_name.py
def ( arg )  :
    pass
