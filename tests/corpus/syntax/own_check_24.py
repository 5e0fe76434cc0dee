# source: written for this project, second batch (written after the rules, to check that they generalise)
s = "abc"
print(s[1:2:3:4])
