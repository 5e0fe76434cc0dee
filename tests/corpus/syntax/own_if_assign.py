# source: written for this project
x = int('4')
if x % 2 = 0:
    print('чётное')
