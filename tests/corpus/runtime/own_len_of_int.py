# source: written for this project
print(len(5))
