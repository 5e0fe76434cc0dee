# source: written for this project, second batch (written after the rules, to check that they generalise)
x == 5
if x = 5:
    pass
