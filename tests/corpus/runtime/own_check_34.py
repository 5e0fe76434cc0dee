# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: abc\n
s = input()
print(s[10])
