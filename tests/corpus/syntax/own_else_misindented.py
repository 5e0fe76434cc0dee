# source: written for this project
a, b = 1, 2
if a > b:
    print(a)
  else:
    print(b)
