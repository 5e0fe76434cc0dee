# source: written for this project
class Кот
    pass
