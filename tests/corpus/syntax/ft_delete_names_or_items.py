# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_names_or_items.py
del a += b
