# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/copy_pasted_code_2.py
... print("Hello World!")
