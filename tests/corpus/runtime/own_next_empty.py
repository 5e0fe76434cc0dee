# source: written for this project
it = iter([])
next(it)
