# source: written for this project
# stdin: 3,5\n
# expect: точкой
x = float(input())
