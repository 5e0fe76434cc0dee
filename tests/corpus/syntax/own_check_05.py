# source: written for this project, second batch (written after the rules, to check that they generalise)
a = 1
print("Сумма: " + str(a)
