# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_os_error.py, test_no_information
raise OSError("Some unknown message")
