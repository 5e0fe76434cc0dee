# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_is_a_function.py
print 'hello'
