# source: written for this project, second batch (written after the rules, to check that they generalise)
def f(x, y):
    return x + y
print(f(1 2))
