"""Read a YAML file into plain data while remembering where every value came from.

Authors get `file:line:col` for every problem, so each value and each mapping key is
recorded with its position, keyed by its path (("tests", 2, "stdout"), ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the content, printed as `file:line:col: message`."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class ContentError(Exception):
    """Raised with every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass
class Source:
    """A parsed YAML file: its data plus the position of every value and key."""

    path: Path
    display: str  # the path as shown to authors (relative to the project when possible)
    data: Any = None
    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    blocks: set[Path_] = field(default_factory=set)  # values written as `|` or `>` blocks

    def where(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Best known position of `path`: itself, else its nearest recorded parent."""
        table = self.keys if key else self.values
        while True:
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            if not path:
                return (1, 1)
            path = path[:-1]

    def problem(self, path: Path_, message: str, *, key: bool = False) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.display, line, column, message)

    def block_line(self, path: Path_) -> int:
        """Line where the text of a `|` block scalar starts (the line after the `|`)."""
        line, _ = self.where(path)
        return line + 1 if path in self.blocks else line


# libyaml's parser when PyYAML was built with it (it usually is): several times faster
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _position(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, source: Source) -> None:
        self.source = source
        self.constructor = yaml.SafeLoader("")  # only its scalar constructors are used

    def _problem(self, node: yaml.Node, message: str) -> None:
        line, column = _position(node)
        self.source.problems.append(Problem(self.source.display, line, column, message))

    def build(self, node: yaml.Node, path: Path_) -> Any:
        self.source.values[path] = _position(node)
        if isinstance(node, yaml.MappingNode):
            self.constructor.flatten_mapping(node)  # resolve `<<: *anchor` merges
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self.constructor.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    self._problem(
                        key_node,
                        f"mapping key {key!r} is not text: task data travels to the browser "
                        "as JSON, where every key is a string; quote it, or for a value "
                        "with numeric keys compare in the test itself "
                        "(call: 'f() == {2: 1}' with returns: true)",
                    )
                    key = str(key)
                if key in result:
                    self._problem(key_node, f"duplicate key '{key}': YAML keeps only the last one")
                self.source.keys[(*path, key)] = _position(key_node)
                result[key] = self.build(value_node, (*path, key))
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">"):
            self.source.blocks.add(path)
        return self.constructor.construct_object(node, deep=True)


COLON_ADVICE = (
    '; в тексте есть «: » — возьмите строку в кавычки: say: "Ответ: 42" '
    "(или запишите её блоком `|` на следующих строках)"
)


def _advice(what: str) -> str:
    """Russian advice for the YAML pitfalls teachers meet most."""
    if "mapping values are not allowed" in what:
        return COLON_ADVICE
    if "found character '\\t'" in what or "found character '\t'" in what:
        return "; в YAML отступы делаются пробелами, не табуляцией"
    return ""


def read_yaml(path: Path, display: str) -> Source:
    """Parse `path`; syntax errors become Problems on the returned Source (data None)."""
    source = Source(path=path, display=display)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        source.problems.append(Problem(display, 1, 1, f"cannot read the file: {exc}"))
        return source
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = " ".join(p for p in (exc.context, exc.problem) if p)
        source.problems.append(
            Problem(display, line, column, f"YAML syntax error: {what}{_advice(what)}")
        )
        return source
    except yaml.YAMLError as exc:
        source.problems.append(Problem(display, 1, 1, f"YAML error: {exc}"))
        return source
    if node is None:
        source.problems.append(Problem(display, 1, 1, "the file is empty"))
        return source
    try:
        source.data = _Builder(source).build(node, ())
    except yaml.YAMLError as exc:  # e.g. a bad !!tag on a value
        mark = getattr(exc, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        source.problems.append(Problem(display, line, column, f"YAML error: {exc}"))
    return source
