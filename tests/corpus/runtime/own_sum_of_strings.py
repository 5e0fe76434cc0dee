# source: written for this project
# stdin: 1 2 3\n
print(sum(input().split()))
