# source: written for this project, second batch (written after the rules, to check that they generalise)
d = {"a": 1 "b": 2}
