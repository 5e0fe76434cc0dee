# source: written for this project
print(Эпривет")
