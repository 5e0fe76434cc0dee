# source: written for this project
s = 'кот'
s[0] = 'К'
