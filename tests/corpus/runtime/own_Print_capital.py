# source: written for this project
Print("Привет")
