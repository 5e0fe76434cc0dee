# source: written for this project
items = [1, 2]
print(items(0))
