# source: written for this project, second batch (written after the rules, to check that they generalise)
a = [1, 2, 3]
for i in range(len(a)):
    print(a[i + 1])
