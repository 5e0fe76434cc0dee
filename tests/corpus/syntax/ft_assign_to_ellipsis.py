# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_ellipsis.py
# expect: а здесь `...`
# reject: услови
... = 1
