# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_hexadecimal.py
# expect: шестнадцатеричном
# reject: ереименуйте
a = 0x123g4
