"""What a request may not leave behind for the next one.

The browser keeps one Python for the whole visit, so a learner's program shares the
interpreter with every program before and after it. sandbox.py restores what one run
changes in the interpreter's own state; this module covers the rest of a request:

- modules whose attributes a program replaced (`json.dumps = None`, the checker's own
  functions) get them back: after a test when the program's code could have done it, and
  after every request;
- modules first imported during a request are forgotten, so the next import is fresh
  (except the task's packages, which are slow to import and were imported beforehand);
- files a program left outside its run's own directory are removed (browser only);
- the browser's modules (`js`, `pyodide`) and the checker's own are out of the program's
  reach: through them a program could close its worker, forge the worker's messages or
  change how it is judged;
- what cannot be undone (an audit hook, a replaced class or function of a library,
  ctypes) is noticed: `replace_worker` tells the host to start a fresh Python.
"""

from __future__ import annotations

import contextlib
import dis
import importlib.abc
import operator
import os
import shutil
import sys
import types
from collections.abc import Iterable

from .explain import LEARNER_MODULES

# Out of a program's reach: the browser's modules (through them a program could close its
# worker or forge its messages) and the checker's own.
HIDDEN_MODULES = ("js", "pyodide", "pyodide_js", "_pyodide", "_pyodide_core", "checker")
# Where a program could leave files that outlive its run (the browser's file system).
_LITTER_DIRS = ("/tmp", "/home/pyodide")
# Names through which a program's own code can replace a module's attributes.
_PATCHING_NAMES = frozenset(
    {"setattr", "delattr", "vars", "globals", "exec", "eval", "__dict__", "__import__"}
    | {"import_module", "reload", "patch", "monkeypatch", "setdefault"}
)
_STORES = frozenset({dis.opmap["STORE_ATTR"], dis.opmap["DELETE_ATTR"]})
_is = operator.is_

_active: Guard | None = None  # the guard of the request that is running, if any


def _audit(event: str, args: tuple) -> None:
    """An audit hook, installed once: it notices what no restore can undo."""
    guard = _active
    if guard is None or guard.replace_worker:
        return
    if event in ("object.__setattr__", "object.__delattr__"):
        if _is_library_code(args[0], args[1]):
            guard.replace_worker = True
    elif event == "sys.addaudithook" or event.startswith("ctypes."):
        guard.replace_worker = True
    elif event in ("gc.get_objects", "gc.get_referrers"):
        guard.replace_worker = True  # a way to reach (and change) the checker's objects


def _is_library_code(target: object, name: str) -> bool:
    """A class of a loaded module (`json.JSONEncoder.default = …`), or a function's code
    (`f.__code__ = …`), outside the learner's own program."""
    if isinstance(target, types.FunctionType):
        return name == "__code__" and target.__module__ not in LEARNER_MODULES
    if not isinstance(target, type) or target.__module__ in LEARNER_MODULES:
        return False
    module = sys.modules.get(target.__module__)
    top = target.__qualname__.partition(".")[0]
    return module is not None and getattr(module, top, None) is not None


sys.addaudithook(_audit)


class _HiddenModules(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path=None, target=None):
        if name.partition(".")[0] in HIDDEN_MODULES:
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)
        return None


def _code_objects(code: types.CodeType) -> Iterable[types.CodeType]:
    yield code
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            yield from _code_objects(const)


def may_patch_modules(*codes: types.CodeType) -> bool:
    """Whether this code could replace a module's attributes (it stores attributes or
    uses names that do): if not, checking every module after each test is skipped."""
    for code in codes:
        for each in _code_objects(code):
            if _PATCHING_NAMES.intersection(each.co_names) or _STORES.intersection(
                each.co_code[::2]
            ):
                return True
    return False


class _Snapshot:
    """Every loaded module's attributes, compared by identity (never by the learner's
    `__eq__`)."""

    def __init__(self) -> None:
        self.modules = {
            name: (module, module.__dict__, tuple(module.__dict__), tuple(module.__dict__.values()))
            for name, module in list(sys.modules.items())
            if type(getattr(module, "__dict__", None)) is dict
        }

    def restore(self) -> int:
        """Put back every replaced or deleted attribute; returns how many modules had one.

        Attributes added since stay: libraries add them to modules as they go (a lazily
        imported submodule, SQLAlchemy's registry of loaded parts), and only a replaced or
        deleted one changes what existing code does."""
        changed = 0
        missing = object()
        for module, namespace, keys, values in self.modules.values():
            if module.__dict__ is not namespace:
                continue  # a module object cannot lose its own dictionary
            if (
                len(namespace) == len(keys)
                and all(map(_is, namespace, keys))
                and all(map(_is, namespace.values(), values))
            ):
                continue
            restored = False
            for key, value in zip(keys, values, strict=True):
                if namespace.get(key, missing) is not value:
                    namespace[key] = value
                    restored = True
            changed += restored
        return changed


class Guard:
    """Around one request: `with Guard(keep=("flask",)) as guard: …`, then
    `guard.replace_worker`. `keep`: top-level names of the task's packages, whose modules
    stay imported."""

    def __init__(self, keep: Iterable[str] = (), *, browser: bool | None = None) -> None:
        self.keep = tuple(keep)
        self.browser = sys.platform == "emscripten" if browser is None else browser
        self.replace_worker = False
        self.restored = 0  # modules whose attributes were put back (for tests)

    def __enter__(self) -> Guard:
        global _active
        self.snapshot = _Snapshot()
        self.hidden = {
            name: module
            for name, module in sys.modules.items()
            if name.partition(".")[0] in HIDDEN_MODULES
        }
        for name in self.hidden:
            del sys.modules[name]
        self.finder = _HiddenModules()
        sys.meta_path.insert(0, self.finder)
        self.files = _entries(_LITTER_DIRS) if self.browser else set()
        _active = self
        return self

    def after_run(self, *codes: types.CodeType) -> None:
        """Between runs of one request: undo what this code could have patched."""
        if may_patch_modules(*codes):
            self.restored += self.snapshot.restore()

    def __exit__(self, *exc: object) -> None:
        global _active
        _active = None
        self.restored += self.snapshot.restore()
        with_packages = self.keep
        for name in [n for n in sys.modules if n not in self.snapshot.modules]:
            if not with_packages or name.partition(".")[0] not in with_packages:
                del sys.modules[name]
        if self.finder in sys.meta_path:
            sys.meta_path.remove(self.finder)
        sys.modules.update(self.hidden)
        if self.browser:
            for path in _entries(_LITTER_DIRS) - self.files:
                _remove(path)


def after_run(*codes: types.CodeType) -> None:
    """A run of the learner's code ended (sandbox.execute): if a request is guarded, its
    modules get back what this code could have replaced, before the next run."""
    if _active is not None:
        _active.after_run(*codes)


def _entries(folders: Iterable[str]) -> set[str]:
    found = set()
    for folder in folders:
        with contextlib.suppress(OSError):
            found.update(os.path.join(folder, name) for name in os.listdir(folder))
    return found


def _remove(path: str) -> None:
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)
    except OSError:
        pass
