# source: written for this project
items = [1, 2]
items.remove(3)
