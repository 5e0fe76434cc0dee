# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_dotted_function_name.py
# expect: `def test_x():`
def test.x():
    pass
