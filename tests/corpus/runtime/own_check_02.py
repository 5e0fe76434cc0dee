# source: written for this project, second batch (written after the rules, to check that they generalise)
numbers = [1, 2, 3]
print(numbers[len(numbers)])
