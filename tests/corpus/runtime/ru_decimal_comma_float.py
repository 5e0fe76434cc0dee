# source: written for this project
# stdin: 3,5\n
x = float(input())
