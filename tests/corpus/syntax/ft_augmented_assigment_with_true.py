# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/augmented_assigment_with_true.py
(True := 1)
