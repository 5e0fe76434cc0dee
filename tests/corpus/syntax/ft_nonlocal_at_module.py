# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/nonlocal_at_module.py
cd = 1
nonlocal cd
