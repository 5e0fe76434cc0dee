# source: written for this project, second batch (written after the rules, to check that they generalise)
a = "10"
b = "20"
print(int(a + b) / 0)
