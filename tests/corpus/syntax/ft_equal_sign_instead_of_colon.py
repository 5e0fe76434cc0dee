# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/equal_sign_instead_of_colon.py
ages = {'Alice'=22, 'Bob'=24}
