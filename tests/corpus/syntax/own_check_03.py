# source: written for this project, second batch (written after the rules, to check that they generalise)
i = 0
while i < 10
    i += 1
