# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/bracket_instead_of_paren.py
# expect: `print(sum(i for i in [1, 2, 3] if i%2==0))`
# reject: запятая
print(sum[i for i in [1, 2, 3] if i%2==0])
