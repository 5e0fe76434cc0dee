# source: written for this project, second batch (written after the rules, to check that they generalise)
count = 0
for i in range(5):
    count =+ 1
print(count
