# source: written for this project, second batch (written after the rules, to check that they generalise)
a = 5
if a > 3 and a < 10
    print(a)
