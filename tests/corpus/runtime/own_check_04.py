# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: 0\n
n = int(input())
print(10 / n)
