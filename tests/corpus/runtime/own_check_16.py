# source: written for this project, second batch (written after the rules, to check that they generalise)
a = [1, 2]
b = a + 3
