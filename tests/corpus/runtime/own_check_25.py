# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: 1\n2\n
while True:
    n = int(input())
