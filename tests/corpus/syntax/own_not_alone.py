# source: written for this project
x = not
