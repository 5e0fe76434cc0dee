# source: written for this project
a = 10 %% 3
