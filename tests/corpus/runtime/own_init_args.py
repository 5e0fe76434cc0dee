# source: written for this project
class Cat:
    def __init__(self):
        pass

Cat('Мурка')
