# source: written for this project
import sys
sys.exit(2)
