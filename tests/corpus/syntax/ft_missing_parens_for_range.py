# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_parens_for_range.py
for i in range 3:
    print(i)
