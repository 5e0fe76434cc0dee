# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/copy_pasted_code.py
# expect: `print("Hello World!")`
>>> print("Hello World!")
