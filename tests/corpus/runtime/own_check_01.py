# source: written for this project, second batch (written after the rules, to check that they generalise)
# stdin: 5\n
x = input("Число: ")
print(x * 2 + 1)
