# source: written for this project
print("a" + )
