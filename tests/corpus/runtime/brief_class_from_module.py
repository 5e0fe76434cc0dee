# source: written for this project
import enum

class A(enum):
    pass
