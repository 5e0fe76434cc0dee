# source: written for this project
d = {"яблоко": 5}
print(d["груша"])
