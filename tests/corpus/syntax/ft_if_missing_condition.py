# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/if_missing_condition.py
# expect: нужно условие
if:
    pass
