# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/equal_sign_instead_of_colon.py
# expect: `ages = {'Alice': 22, 'Bob': 24}`
# reject: `x = 5`
ages = {'Alice'=22, 'Bob'=24}
