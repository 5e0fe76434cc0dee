# source: written for this project
x = 1
except ValueError:
    pass
