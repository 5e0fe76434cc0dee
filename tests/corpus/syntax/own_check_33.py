# source: written for this project, second batch (written after the rules, to check that they generalise)
x = 1
if x in [1, 2, 3]
    pass
