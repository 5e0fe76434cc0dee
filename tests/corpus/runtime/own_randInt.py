# source: written for this project
from random import randInt
