# source: written for this project
# stdin: 3\n
n = input()
for i in range(n):
    print(i)
