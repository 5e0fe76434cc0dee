# source: written for this project
a = [1, 2, 3}
