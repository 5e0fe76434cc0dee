# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/assignment_expression_cannot_rebind_2.py
[i for i in range(5) if (j := 0) for k[j + 1] in range(5)]
