# source: written for this project, second batch (written after the rules, to check that they generalise)
x = 2.5
print(f"{x:.2f")
