# source: written for this project, second batch (written after the rules, to check that they generalise)
x = 1
if x == 1 or == 2:
    pass
