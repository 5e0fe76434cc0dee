# source: written for this project
x = 08
