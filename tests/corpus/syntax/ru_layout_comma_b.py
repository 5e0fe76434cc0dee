# source: written for this project
# expect: раскладк
# expect: `x = [1, 2, 3]`
x = [1б 2б 3]
