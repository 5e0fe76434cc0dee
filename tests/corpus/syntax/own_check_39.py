# source: written for this project, second batch (written after the rules, to check that they generalise)
try:
    x = int(input())
except:
print("error")
