# source: written for this project
while True
    pass
