# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/cannot_use_double_star.py
k = {}
print(f"{**k}")
