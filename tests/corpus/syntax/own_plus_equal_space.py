# source: written for this project
x = 1
x += = 1
