# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_value_error.py, test_Date_invalid_month
from datetime import date
d = date(2021, 13, 1)
