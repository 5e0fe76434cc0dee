# source: written for this project
s = "abc"
s.append("d")
