# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/single_equal_with_elif.py
for i in range(10):
    if i == 1:
        pass
    elif i % 2 = 0:
        pass
