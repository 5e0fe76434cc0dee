"""Python's standard library with the modules every start imports already compiled.

Runs inside Pyodide at build time (site_builder/snapshot.mjs), stdlib only. Pyodide ships
its standard library as source, so every start without a memory snapshot compiles the
≈ 130 modules that Python's own start and the checker import: about 2 s of processor
time on a 2-core laptop, after the download. Here they become bytecode made by this very
Python; every other module stays source. Compiled without column positions
(PYTHONNODEBUGRANGES, set by the caller): they only draw carets under library lines,
which learners never see, and they would make the archive ≈ 0.3 MB larger.

The archive is stored, not deflated: gzipped as a whole for the site it is about as
small as Pyodide's own (2.6 MB), and Python reads stored members without inflating them.
"""

from __future__ import annotations

import sys

STDLIB_PREFIX = f"/lib/python3{sys.version_info.minor}.zip/"


def imported_members() -> set[str]:
    """Members of the standard library archive that this interpreter has imported."""
    members = set()
    for module in list(sys.modules.values()):
        origin = getattr(getattr(module, "__spec__", None), "origin", None) or ""
        if origin.startswith(STDLIB_PREFIX) and origin.endswith(".py"):
            members.add(origin[len(STDLIB_PREFIX) :])
    return members


def write(source: str, target: str) -> int:
    """Copy the archive `source` to `target` with the imported modules compiled; returns
    how many were. Member order and dates are kept: the same input gives the same bytes."""
    hot = imported_members()  # before this function's own imports add to them
    import importlib.util
    import zipfile
    from importlib._bootstrap_external import _code_to_hash_pyc

    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename in hot:
                code = compile(data, STDLIB_PREFIX + info.filename, "exec", dont_inherit=True)
                # unchecked: there is no source beside it to check against
                data = bytes(_code_to_hash_pyc(code, importlib.util.source_hash(data), False))
                info = zipfile.ZipInfo(info.filename + "c", info.date_time)
            info.compress_type = zipfile.ZIP_STORED
            out.writestr(info, data)
    return len(hot)
