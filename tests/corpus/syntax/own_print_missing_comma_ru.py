# source: written for this project
x = 5
print("Ответ" x)
