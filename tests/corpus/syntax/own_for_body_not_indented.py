# source: written for this project
for i in range(1, 10):
print(i)
