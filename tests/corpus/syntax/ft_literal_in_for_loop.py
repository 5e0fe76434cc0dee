# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/literal_in_for_loop.py
for "char" in "word":
    print(char)
