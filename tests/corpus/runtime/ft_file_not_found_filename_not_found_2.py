# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_file_not_found_error.py, test_Filename_not_found_2
open("setupp.py")
