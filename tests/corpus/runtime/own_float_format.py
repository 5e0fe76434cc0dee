# source: written for this project
x = '3.5'
print(f'{x:.2f}')
