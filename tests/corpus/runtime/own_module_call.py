# source: written for this project
import math
print(math(4))
