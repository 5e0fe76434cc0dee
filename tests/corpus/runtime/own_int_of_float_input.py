# source: written for this project
# stdin: 3.5\n
a = int(input())
