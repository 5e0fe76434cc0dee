# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_time_strptime_incorrect_format
import time
time.strptime("2020-01-01", "%d %m %Y")
