# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_function_name_invalid.py
def 2be():
    pass
