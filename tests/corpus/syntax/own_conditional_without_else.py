# source: written for this project
z = 1
x = 5 if z
