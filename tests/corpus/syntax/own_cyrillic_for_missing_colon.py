# source: written for this project
элементы = [1, 2]
for э in элементы
    print(э)
