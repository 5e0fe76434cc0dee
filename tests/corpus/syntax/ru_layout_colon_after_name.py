# source: written for this project
# expect: раскладк
# expect: `if x > y:`
x = 5
if x > yЖ
    print(x)
