# source: written for this project
name = "Аня"
print("Привет, " name)
