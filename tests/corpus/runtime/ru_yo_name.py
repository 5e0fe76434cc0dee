# source: written for this project
ёлка = 5
print(елка)
