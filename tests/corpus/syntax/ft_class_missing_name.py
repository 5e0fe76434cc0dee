# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/class_missing_name.py
class:
    pass
