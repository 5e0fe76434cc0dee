# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/operator_twice_in_a_row.py
# expect: `4**5`
4****5
