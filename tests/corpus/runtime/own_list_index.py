# source: written for this project
spisok = [1, 2, 3]
print(spisok[3])
