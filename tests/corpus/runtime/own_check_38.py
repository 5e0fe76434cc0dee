# source: written for this project, second batch (written after the rules, to check that they generalise)
x = [1, 2, 3]
print(x[1.5])
