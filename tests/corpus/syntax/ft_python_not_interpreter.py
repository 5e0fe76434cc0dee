# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/python_not_interpreter.py
python = a b
