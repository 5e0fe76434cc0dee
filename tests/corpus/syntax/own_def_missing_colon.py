# source: written for this project
def main()
    print('Привет')
