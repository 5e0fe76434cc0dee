# source: written for this project
# expect: возможно
# expect: `print("Привет, ", name)`
name = "Аня"
print("Привет, " name)
