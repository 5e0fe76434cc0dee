# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_is_a_function_5.py
print len('This is a long string that fits on a single line.')
