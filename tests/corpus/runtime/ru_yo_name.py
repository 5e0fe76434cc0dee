# source: written for this project
# expect: `ёлка`
ёлка = 5
print(елка)
