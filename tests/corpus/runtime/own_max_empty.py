# source: written for this project
print(max([]))
