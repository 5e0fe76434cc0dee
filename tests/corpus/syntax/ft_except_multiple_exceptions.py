# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/except_multiple_exceptions.py
# expect: `except (NameError, ValueError) as err:`
try:
    pass
except NameError, ValueError as err:
    pass
