# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/literal_in_for_loop.py
# expect: `for char in "word":`
for "char" in "word":
    print(char)
