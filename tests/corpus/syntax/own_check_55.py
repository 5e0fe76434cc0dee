# source: written for this project, second batch (written after the rules, to check that they generalise)
def f(x):
    return x
f(x=1, 2)
