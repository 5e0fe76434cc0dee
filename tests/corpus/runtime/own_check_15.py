# source: written for this project, second batch (written after the rules, to check that they generalise)
print(int("12.5"))
