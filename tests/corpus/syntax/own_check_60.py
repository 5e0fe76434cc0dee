# source: written for this project, second batch (written after the rules, to check that they generalise)
x = {1: "a", 2: "b"
print(x)
