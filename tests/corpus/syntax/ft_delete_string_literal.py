# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/delete_string_literal.py
# expect: удалить нельзя
del "Hello world!"
