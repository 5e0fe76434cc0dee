# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/for_missing_terms.py
for:
    pass
