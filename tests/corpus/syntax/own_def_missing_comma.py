# source: written for this project
def f(a b):
    return a
