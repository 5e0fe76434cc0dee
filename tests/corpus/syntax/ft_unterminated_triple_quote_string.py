# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/unterminated_triple_quote_string.py
some_text = """In a land
far far away
