# source: written for this project
x = [1б 2б 3]
