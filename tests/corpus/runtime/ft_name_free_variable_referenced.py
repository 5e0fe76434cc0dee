# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_name_error.py, test_Free_variable_referenced
def outer():
    def inner():
        return var
    inner()
    var = 4

outer()
