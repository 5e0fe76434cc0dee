# source: written for this project
# expect: `def main():`
# expect: русские и латинские
dеf main():
    pass
