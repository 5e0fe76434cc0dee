# source: written for this project, second batch (written after the rules, to check that they generalise)
x = 5
while x > 0:
    x -= 1
   print(x)
