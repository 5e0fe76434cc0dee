# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/f_string_binary.py
name = "Bob"
greet = bf"Hello {name}"
