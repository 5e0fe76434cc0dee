# source: written for this project
# expect: `class A(enum.Enum):`
# reject: `module`
import enum

class A(enum):
    pass
