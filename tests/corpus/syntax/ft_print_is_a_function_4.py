# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/print_is_a_function_4.py
print len("""This is a long string
          that spans multiple lines.""")
