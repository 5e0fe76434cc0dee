# source: written for this project
# stdin: 5\n
n = input()
print(n * 2.5)
