# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: 3\n
a = int(input())
b = int(input())
