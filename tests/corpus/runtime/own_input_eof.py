# source: written for this project
# stdin: 1\n
a = input()
b = input()
