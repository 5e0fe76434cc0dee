# source: written for this project
x = None
print(x[0])
