# source: written for this project, second batch (written after the rules, to check that they generalise)
if x>5: print(x) else: print(0)
