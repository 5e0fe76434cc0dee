# source: friendly-traceback (github.com/friendly-traceback/friendly-traceback, MIT), tests/syntax/import_from.py
import pen from turtle
