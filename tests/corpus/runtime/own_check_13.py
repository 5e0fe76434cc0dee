# source: written for this project, second batch (written after the rules, to check that they generalise)
t = (1, 2)
t.append(3)
