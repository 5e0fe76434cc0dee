# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/should_be_comprehension.py
a = [
    for i in 1, 2, 3:
        i**2
]
