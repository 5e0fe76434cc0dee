# source: written for this project
print(' '.join([1, 2, 3]))
