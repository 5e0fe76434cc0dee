# source: written for this project
dеf main():
    pass
