# source: written for this project
d = {'a': 1}
for k in d:
    d[k + 'b'] = 2
