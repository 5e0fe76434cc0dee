# source: written for this project, second batch (written after the rules, to check that they generalise)
x = "5"
y = 3
print(x - y)
