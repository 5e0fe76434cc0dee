# source: written for this project
x = 1 000 000
