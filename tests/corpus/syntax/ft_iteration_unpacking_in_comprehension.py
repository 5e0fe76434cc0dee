# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/iteration_unpacking_in_comprehension.py
xs = [[1], [2]]
[*x for x in xs]
