# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_dotted_function_name.py
def test.x():
    pass
