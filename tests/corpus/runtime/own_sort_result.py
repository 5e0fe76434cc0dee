# source: written for this project
items = [3, 1, 2]
items = items.sort()
print(items[0])
