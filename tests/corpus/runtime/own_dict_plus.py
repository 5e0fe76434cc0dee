# source: written for this project
print({'a': 1} + {'b': 2})
