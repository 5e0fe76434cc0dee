# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_non_paren_non_string2.py
print len("hello") hello
