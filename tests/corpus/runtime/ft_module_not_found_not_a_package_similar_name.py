# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_module_not_found_error.py, test_Not_a_package_similar_name
import os.pathh
