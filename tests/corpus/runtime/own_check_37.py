# source: written for this project, second batch (written after the rules, to check that they generalise)
def f(n):
    if n == 0:
        return 1
    return n * f(n)
f(3)
