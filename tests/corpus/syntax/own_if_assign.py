# source: written for this project
# expect: `if x % 2 == 0:`
x = int('4')
if x % 2 = 0:
    print('чётное')
