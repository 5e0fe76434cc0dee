# source: written for this project
print(int('102', 2))
