# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assign_to_function_call_3.py
a = f(1, 2,  # this is a comment
      3, 4) = 5
