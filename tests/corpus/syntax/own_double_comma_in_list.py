# source: written for this project
x = [1, 2, 3,, 4]
