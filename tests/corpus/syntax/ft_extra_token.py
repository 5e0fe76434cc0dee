# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/extra_token.py
print(1 / 2) ==
