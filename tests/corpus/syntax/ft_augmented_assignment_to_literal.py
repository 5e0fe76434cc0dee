# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/augmented_assignment_to_literal.py
if "word" := True:
    pass
