# source: written for this project
х = 5
print(x)
