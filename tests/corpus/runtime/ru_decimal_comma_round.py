# source: written for this project
# expect: `3.14159`
print(round(3,14159, 2))
