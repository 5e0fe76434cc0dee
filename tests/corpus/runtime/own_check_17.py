# source: written for this project, second batch (written after the rules, to check that they generalise)
for i in 10:
    print(i)
