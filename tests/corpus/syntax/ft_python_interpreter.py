# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/python_interpreter.py
python -i friendly
