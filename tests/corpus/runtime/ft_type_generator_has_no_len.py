# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_Generator_has_no_len
nb = len(letter
         for letter in "word")
