# source: written for this project, second batch (written after the rules, to check that they generalise)
lst = [3, 1, 2]
print(lst.sort()[0])
