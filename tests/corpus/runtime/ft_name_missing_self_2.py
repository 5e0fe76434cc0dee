# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/runtime/test_name_error.py, test_Missing_self_2
class Pet(object):
    def __init__(self, name=''):
        self.name = name
        self.toys = []

    def add_toy(self, toy=None):
        if toy is not None:
            self.toys.append(toy)
        return self.toys

    def __str__(self):
        toys_list = add_toy('something')
        return self.name

a = Pet('Fido')
str(a)
