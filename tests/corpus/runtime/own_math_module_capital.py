# source: written for this project
import Math
