# source: written for this project
# expect: от 0 до 1
print(int('102', 2))
