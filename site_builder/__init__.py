"""Build the trainer's static site from the YAML course in content/.

content.py loads and validates (schema.py, source.py), render.py writes docs pages,
build.py runs mkdocs and adds the browser parts, verify.py proves the tasks, cli.py is
the command line.
"""
