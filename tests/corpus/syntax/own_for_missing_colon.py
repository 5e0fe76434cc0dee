# source: written for this project
for i in range(10)
    print(i)
