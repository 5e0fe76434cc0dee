# source: written for this project
# stdin: пять\n
a = int(input())
