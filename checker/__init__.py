"""The trainer's checker: judge a learner's Python program against a task's tests.

Stdlib only, and the same code in CPython (authors' `verify`) and in Pyodide (the
learner's browser). Start at judge.py; the verdict format is in verdict.py.
"""

from .judge import check, run
from .verdict import STATUSES

__all__ = ["STATUSES", "check", "run"]
