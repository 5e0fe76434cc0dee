# source: written for this project
x = 5
if x > yЖ
    print(x)
