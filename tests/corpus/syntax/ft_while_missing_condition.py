# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/while_missing_condition.py
# expect: нужно условие
while:
    pass
