# source: written for this project
x = 5 × 3
