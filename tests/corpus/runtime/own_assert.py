# source: written for this project
x = 5
assert x == 6
