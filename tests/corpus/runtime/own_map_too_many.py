# source: written for this project
# stdin: 1 2 3\n
a, b = map(int, input().split())
