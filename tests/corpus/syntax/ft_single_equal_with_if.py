# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/single_equal_with_if.py
for i in range(10):
    if i % 2 = 0:
        print(i)
