# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/import_from.py
# expect: `from turtle import pen`
import pen from turtle
