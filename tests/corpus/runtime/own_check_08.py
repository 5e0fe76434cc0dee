# source: written for this project, second batch (written after the rules, to check that they generalise)
def add(a, b):
    return a + b
print(add(1))
