# source: written for this project
pritn("Привет")
