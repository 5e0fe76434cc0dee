# source: written for this project
x = 2 х 3
