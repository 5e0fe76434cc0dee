# source: written for this project
рrint('Привет')
