# source: written for this project
# stdin: 5\n
x = input()
if x > 10:
    print(x)
