# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/would_be_type_declaration_1.py
begin, end = 1, 2
if var start := begin < end:
    pass
