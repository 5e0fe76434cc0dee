# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/cannot_guess_the_cause.py
SyntaxErrors can be annoying!
