# source: written for this project
# expect: `х`
# expect: русская буква
х = 5
print(x)
