# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/dot_before_paren.py
print(len.('hello'))
