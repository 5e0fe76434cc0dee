# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/keyword_arg_repeated.py
def f(ad):
    pass

f(ad=1, ad=2)
