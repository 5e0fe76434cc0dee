# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/invalid_character_in_identifier.py
🤖 = 'Reeborg'
