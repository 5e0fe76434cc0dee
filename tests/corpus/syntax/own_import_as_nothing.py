# source: written for this project
import math as
