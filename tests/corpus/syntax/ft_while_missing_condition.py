# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/while_missing_condition.py
while:
    pass
