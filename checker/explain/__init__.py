"""Explain Python errors to a beginner, in Russian.

    rules.py     the catalogue a teacher edits: a Russian text per error pattern
    suggest.py   suggestions computed from the learner's code, in a registry
    engine.py    matching an error to the first rule that fits; the learner's traceback

Why not friendly-traceback: docs/explanations.md.
"""

from .engine import (
    LEARNER_FILE,
    exception,
    forgotten_f,
    safe_str,
    syntax_error,
    system_exit,
    too_complex,
    warnings_explained,
)
from .suggest import AS_MODULE, AS_SCRIPT, LEARNER_MODULES

__all__ = [
    "AS_MODULE",
    "AS_SCRIPT",
    "LEARNER_FILE",
    "LEARNER_MODULES",
    "exception",
    "forgotten_f",
    "safe_str",
    "syntax_error",
    "system_exit",
    "too_complex",
    "warnings_explained",
]
