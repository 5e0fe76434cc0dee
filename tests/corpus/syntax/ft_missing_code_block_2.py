# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_code_block_2.py
for i in "test":

    # nothing here
