# source: written for this project, second batch (written after the rules, to check that they generalise)
name = "Аня"
print(f"Привет, {name}!)
