# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/annotated_name_global.py
var = 1

def foo():
    global var
    var:int = 1
