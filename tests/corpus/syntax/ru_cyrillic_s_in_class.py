# source: written for this project
сlass Кот:
    pass
