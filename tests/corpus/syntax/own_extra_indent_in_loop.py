# source: written for this project
x = 0
while x < 10:
    x += 1
        print(x)
