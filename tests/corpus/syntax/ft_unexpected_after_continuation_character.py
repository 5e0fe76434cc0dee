# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unexpected_after_continuation_character.py
print(\t)
