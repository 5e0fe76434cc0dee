# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/keyword_as_attribute.py
class A:
    pass

a = A()
a.pass = 2
