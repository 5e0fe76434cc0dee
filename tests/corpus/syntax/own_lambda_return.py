# source: written for this project
f = lambda x: return x
