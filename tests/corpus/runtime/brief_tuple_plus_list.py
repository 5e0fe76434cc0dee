# source: written for this project
# expect: Кортеж можно сложить только с кортежем
# reject: К списку
print((1, 2, 3) + [1, 2, 3])
