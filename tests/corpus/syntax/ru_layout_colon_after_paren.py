# source: written for this project
for i in range(10)Ж
    print(i)
