# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/async_def_missing_parens.py
async def name:
    pass
