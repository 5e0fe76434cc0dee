# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_is_a_function_3.py
print """This is a very long string which results in a very long error message."""
