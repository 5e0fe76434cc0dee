# source: written for this project
# expect: `print("Привет")`
print(«Привет»)
