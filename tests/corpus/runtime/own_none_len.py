# source: written for this project
# expect: `None`
# reject: len(list
def f():
    print(1)

print(len(f()))
