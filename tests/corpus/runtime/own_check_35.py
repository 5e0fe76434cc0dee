# source: written for this project, second batch (written after the rules, to check that they generalise)
items = [1, 2, 3]
items.remove(4)
