# source: written for this project
x = random.randint(1, 10)
