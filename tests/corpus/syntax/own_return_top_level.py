# source: written for this project
x = 5
return x
