# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_unbound_local_error.py, test_Typo_in_local
def test1():
    alpha1 = 1
    alpha2 += 1

test1()
