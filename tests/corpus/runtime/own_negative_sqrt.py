# source: written for this project
import math
print(math.sqrt(-4))
