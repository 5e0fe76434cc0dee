# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_file_not_found_error.py, test_Directory_not_found
open("does_not_exist/file.txt")
