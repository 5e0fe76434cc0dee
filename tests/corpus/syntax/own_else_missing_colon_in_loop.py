# source: written for this project
for i in range(10):
    if i == 5:
        break
    else
        continue
