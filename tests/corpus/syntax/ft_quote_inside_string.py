# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/quote_inside_string.py
message = 'I don't mind.'
