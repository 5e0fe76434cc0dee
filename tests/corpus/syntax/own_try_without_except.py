# source: written for this project
try:
    x = 1
print(x)
