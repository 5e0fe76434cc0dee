# source: written for this project
s = 'abc'
print(s.index('z'))
