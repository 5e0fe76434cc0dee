# source: written for this project
# expect: `x = 1_000_000`
x = 1 000 000
