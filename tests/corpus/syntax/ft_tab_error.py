# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/tab_error.py
def f():
        x = 1
	return x
