# source: written for this project
x = 5
if x > 0Ж
    print(x)
