# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/misspelled_keyword.py
is i in range(3):
    print(i)
