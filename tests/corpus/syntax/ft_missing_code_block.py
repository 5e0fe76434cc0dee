# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/missing_code_block.py
for i in range(10):
