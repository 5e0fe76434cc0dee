# source: written for this project
def f():
    pass

x = int(f())
