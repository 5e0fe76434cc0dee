# source: written for this project, second batch (written after the rules, to check that they generalise)
x = [i for i in range(10) if i % 2 == 0 else 0]
