# source: written for this project
class Dog:
    def bark():
        print('Гав')

Dog().bark()
