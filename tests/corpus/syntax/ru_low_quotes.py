# source: written for this project
print(„Привет“)
