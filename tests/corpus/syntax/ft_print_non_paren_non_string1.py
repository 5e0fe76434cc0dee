# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_non_paren_non_string1.py
print hello world!
