# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_module_not_found_error.py, test_Need_to_install_module
import alphabet
