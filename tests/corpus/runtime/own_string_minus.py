# source: written for this project
print('abc' - 'c')
