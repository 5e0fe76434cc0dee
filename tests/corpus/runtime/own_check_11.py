# source: written for this project, second batch (written after the rules, to check that they generalise)
class Point:
    def __init__(self, x, y):
        self.x = x
p = Point(1)
