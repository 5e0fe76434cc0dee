# source: written for this project
name = 'Аня'
print(name())
