# source: written for this project
x = 3,5
if x > 2:
    print(x)
