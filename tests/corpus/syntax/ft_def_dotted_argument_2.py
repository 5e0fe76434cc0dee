# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/def_dotted_argument_2.py
def test(x., y):
    pass
