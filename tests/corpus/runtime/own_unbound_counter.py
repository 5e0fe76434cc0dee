# source: written for this project
x = 10
def f():
    x = x + 1
f()
