# source: written for this project, second batch (written after the rules, to check that they generalise)
a = 5
b = 3
if a > b {
    print(a)
}
