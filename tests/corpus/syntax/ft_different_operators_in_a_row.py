# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/different_operators_in_a_row.py
3 */ 4
