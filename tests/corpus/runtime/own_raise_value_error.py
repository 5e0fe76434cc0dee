# source: written for this project
raise ValueError('Возраст должен быть положительным')
