# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_type_error.py, test_method_got_multiple_argument
class T:
    def some_method(self, a):
        pass

t = T()
t.some_method(0, a=1)
