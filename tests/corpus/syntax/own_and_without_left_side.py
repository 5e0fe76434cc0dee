# source: written for this project
x = 7
if x > 5 and < 10:
    print(x)
