# source: written for this project
print(round(3,14159, 2))
