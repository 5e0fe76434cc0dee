# source: written for this project
# expect: `"Привет"`
print(Привет)
