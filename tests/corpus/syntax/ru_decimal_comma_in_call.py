# source: written for this project
print(3,5 2)
