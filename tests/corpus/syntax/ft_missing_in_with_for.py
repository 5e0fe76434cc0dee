# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_in_with_for.py
for x range(4):
    print(x)
