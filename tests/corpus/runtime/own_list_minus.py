# source: written for this project
print([1, 2, 3] - [1])
