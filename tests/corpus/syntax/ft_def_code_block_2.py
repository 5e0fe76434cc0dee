# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_code_block_2.py
class A:
    def :
        pass
