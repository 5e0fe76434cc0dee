"""Small deliberate bugs ("mutants") in a reference solution, to measure its tests.

If a task's tests still pass when the solution says `<=` instead of `<`, or skips a
statement, a learner's program with that very bug passes too. `trainer verify` runs
these mutants and reports the ones the tests let through, so authors add the missing
test. Mutation operators, each applied at one place at a time:

* an integer constant ±1 (not booleans, not huge numbers);
* a `range()` bound that is not a constant ±1 (`range(n)` -> `range(n + 1)`);
* a comparison swapped: `<`/`<=`, `>`/`>=`, `==`/`!=`;
* `and`/`or` swapped; `+`/`-` swapped (also in `+=`/`-=`), unless on strings;
* one statement removed (never imports, `def`/`class`, docstrings).

A solution that is itself a test suite (a `unittest.TestCase`, a `test_*` function) is
not mutated: in such tasks the learner writes the tests, and the task's checks judge
those tests, not the code under test, so its mutants would only be noise.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass

MAX_MUTANTS = 40
LARGEST_CONSTANT = 10_000  # bigger numbers are sizes and counts, rarely boundaries
SNIPPET = 70  # longest code excerpt shown in a description
QUOTE = 50  # longest code quoted on each side of a change; else only what changed

_SWAPPED_COMPARISONS: dict[type, type] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
}
_SYMBOLS: dict[type, str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.And: "and",
    ast.Or: "or",
    ast.Add: "+",
    ast.Sub: "-",
}
_BODIES = ("body", "orelse", "finalbody")
_ENDING_FIELDS = ("body", "orelse", "handlers", "cases")
_NEVER_DROPPED = (
    ast.Import,
    ast.ImportFrom,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.Pass,
    ast.Global,
    ast.Nonlocal,
)


@dataclass(frozen=True)
class Mutant:
    line: int
    description: str  # for the author, e.g. "line 3: `a < b` → `a <= b`"
    source: str


# A site is where one mutation applies. Nodes are named by their index in ast.walk()
# order, the same in every fresh parse of the source: `target` is the node the edit
# changes in place, `shown` the node whose code the description quotes before and after.
# The edit returns a short (before, after) for when that code is too long to quote.
_Edit = Callable[[ast.AST], tuple[str, str]]


@dataclass(frozen=True)
class _Site:
    target: int
    shown: int
    line: int
    col: int
    edit: _Edit
    dropped: bool = False


def mutants(source: str, limit: int = MAX_MUTANTS) -> list[Mutant]:
    """Up to `limit` distinct compilable mutants of `source`, spread over the code."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    if is_test_suite(tree):
        return []
    seen = {ast.unparse(tree)}
    sites = sorted(_sites(tree), key=lambda s: (s.line, s.col))
    # With too many sites take every k-th one, so that the whole program is covered and
    # not just its first lines; the choice depends only on the source.
    step = max(1.0, len(sites) / limit)
    picked = {int(i * step) for i in range(min(limit, len(sites)))}
    order = [s for i, s in enumerate(sites) if i in picked]
    order += [s for i, s in enumerate(sites) if i not in picked]  # spares for unusable ones
    found: list[Mutant] = []
    for site in order:
        if len(found) >= limit:
            break
        nodes = list(ast.walk(ast.parse(source)))
        module, shown = nodes[0], nodes[site.shown]
        before = _snippet(shown)
        short = site.edit(nodes[site.target])
        text = ast.unparse(module)
        if text in seen:
            continue
        try:
            compile(text, "<mutant>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            continue
        seen.add(text)
        if site.dropped:
            change = f"`{before}` removed"
        else:
            after = _snippet(shown)
            if max(len(before), len(after)) > QUOTE or after.endswith("…"):
                before, after = short
            change = f"`{before}` → `{after}`"
        found.append(Mutant(site.line, f"line {site.line}: {change}", text))
    return found


def is_test_suite(tree: ast.AST) -> bool:
    """Whether the program defines tests: a TestCase subclass or a test_* function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and (
            node.name == "test" or node.name.startswith("test_")
        ):
            return True
        if isinstance(node, ast.ClassDef) and any(
            ast.unparse(base).endswith("TestCase") for base in node.bases
        ):
            return True
    return False


def _snippet(node: ast.AST) -> str:
    lines = ast.unparse(node).splitlines() or [""]
    text = lines[0] + (" …" if len(lines) > 1 else "")
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1] + "…"


def _sites(tree: ast.Module) -> Iterator[_Site]:
    nodes = list(ast.walk(tree))
    index = {id(node): number for number, node in enumerate(nodes)}
    parents = {id(child): parent for parent in nodes for child in ast.iter_child_nodes(parent)}
    docstrings = _docstring_nodes(nodes)

    def site(target: ast.AST, edit: _Edit, shown: ast.AST | None = None, **kw) -> _Site:
        place = shown or target
        return _Site(
            index[id(target)],
            index[id(shown or target)],
            getattr(place, "lineno", 1),
            getattr(place, "col_offset", 0),
            edit,
            **kw,
        )

    for node in nodes:
        if (
            isinstance(node, ast.Constant)
            and type(node.value) is int
            and abs(node.value) <= LARGEST_CONSTANT
            and not _in_huge_power(node, parents)
            and not _in_sleep_call(node, parents)
        ):
            around = _around(node, parents)
            for delta in (1, -1):
                if not _flips_index(node, delta, parents):
                    yield site(node, _shift_constant(delta), around)
        if _is_range_call(node):
            for position, arg in enumerate(node.args[:2]):
                if not _has_int_constant(arg):
                    for delta in (1, -1):
                        yield site(node, _shift_range_bound(position, delta))
        if isinstance(node, ast.Compare):
            for position, op in enumerate(node.ops):
                if type(op) in _SWAPPED_COMPARISONS:
                    yield site(node, _swap_comparison(position))
        if isinstance(node, ast.BoolOp):
            yield site(node, _swap_bool_op)
        if isinstance(node, ast.BinOp | ast.AugAssign) and type(node.op) in (ast.Add, ast.Sub):
            operands = (node.left, node.right) if isinstance(node, ast.BinOp) else (node.value,)
            if not any(_looks_like_text_or_sequence(o) for o in operands):
                yield site(node, _swap_add_sub)
        for field in _BODIES:
            body = getattr(node, field, None)
            if not isinstance(body, list):
                continue
            for position, statement in enumerate(body):
                if _droppable(statement, docstrings) and not _ends_function(statement, parents):
                    yield site(node, _drop_statement(field, position), statement, dropped=True)


def _flips_index(node: ast.Constant, delta: int, parents: dict[int, ast.AST]) -> bool:
    """`row[0]` -> `row[-1]` (or `row[-1]` -> `row[-0]`) is no off-by-one but first for
    last, and changes nothing on a one-item row."""
    parent = parents[id(node)]
    sign = 1
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub):
        node, parent, sign = parent, parents[id(parent)], -1
    if not (isinstance(parent, ast.Subscript) and parent.slice is node):
        return False
    value = node.operand.value if sign < 0 else node.value
    return (sign * value >= 0) != (sign * (value + delta) >= 0)


def _around(node: ast.Constant, parents: dict[int, ast.AST]) -> ast.AST:
    """What to quote around a number: `range(1, n)` or `count = 0`, not a bare `1`."""
    around = parents[id(node)]
    while isinstance(around, ast.UnaryOp | ast.keyword | ast.Slice):
        around = parents[id(around)]
    simple = isinstance(around, ast.expr) or (
        isinstance(around, ast.stmt) and not hasattr(around, "body")
    )
    text = ast.unparse(around) if simple else ""
    return around if simple and "\n" not in text and len(text) < QUOTE else node


def _docstring_nodes(nodes: list[ast.AST]) -> set[int]:
    found = set()
    for node in nodes:
        if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                found.add(id(first))
    return found


def _is_range_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "range"
        and 1 <= len(node.args) <= 3
        and not node.keywords
    )


def _has_int_constant(node: ast.expr) -> bool:
    """`5` or `n + 1`: shifting such a bound would repeat a constant's mutant."""
    if isinstance(node, ast.BinOp):
        return _has_int_constant(node.left) or _has_int_constant(node.right)
    if isinstance(node, ast.UnaryOp):
        return _has_int_constant(node.operand)
    return isinstance(node, ast.Constant) and type(node.value) is int


def _looks_like_text_or_sequence(node: ast.AST) -> bool:
    """`+` on these is concatenation: `-` would only raise TypeError, a useless mutant."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str | bytes)
    return isinstance(
        node, ast.JoinedStr | ast.List | ast.Tuple | ast.ListComp | ast.Dict | ast.Set
    )


def _droppable(statement: ast.stmt, docstrings: set[int]) -> bool:
    if isinstance(statement, _NEVER_DROPPED) or id(statement) in docstrings:
        return False
    if not isinstance(statement, ast.Expr):
        return True
    value = statement.value.value if isinstance(statement.value, ast.Await) else statement.value
    if isinstance(value, ast.Constant):
        return value.value is not Ellipsis
    # without `time.sleep(...)` or `await asyncio.sleep(...)` a program only runs faster
    return not (isinstance(value, ast.Call) and _name_of(value.func) == "sleep")


def _name_of(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _in_huge_power(node: ast.Constant, parents: dict[int, ast.AST]) -> bool:
    """`10 ** 9` is a huge number too, only written with small ones."""
    power = parents[id(node)]
    if not (isinstance(power, ast.BinOp) and isinstance(power.op, ast.Pow)):
        return False
    base, exponent = power.left, power.right
    if not all(isinstance(n, ast.Constant) and type(n.value) is int for n in (base, exponent)):
        return False
    return exponent.value > 0 and abs(base.value) ** exponent.value > LARGEST_CONSTANT


def _in_sleep_call(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """A pause only changes how long the program takes: not worth a mutant."""
    while not isinstance(node, ast.stmt):
        node = parents[id(node)]
        if isinstance(node, ast.Call) and _name_of(node.func) == "sleep":
            return True
    return False


def _ends_function(statement: ast.stmt, parents: dict[int, ast.AST]) -> bool:
    """A `return` or `return None` after which the function would end anyway."""
    if not isinstance(statement, ast.Return) or not (
        statement.value is None
        or (isinstance(statement.value, ast.Constant) and statement.value.value is None)
    ):
        return False
    node: ast.AST = statement
    while True:
        parent = parents.get(id(node))
        if isinstance(parent, ast.ExceptHandler | ast.match_case):
            node, parent = parent, parents.get(id(parent))
        if parent is None or isinstance(parent, ast.For | ast.AsyncFor | ast.While):
            return False  # a loop goes round again instead
        if not any(_is_last(node, getattr(parent, f, None)) for f in _ENDING_FIELDS):
            return False
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef):
            return True
        if isinstance(parent, ast.Try | ast.TryStar) and parent.orelse and node in parent.body:
            return False  # the `else:` block runs next
        node = parent


def _is_last(node: ast.AST, body: object) -> bool:
    return isinstance(body, list) and bool(body) and body[-1] is node


def _shift_constant(delta: int) -> _Edit:
    def edit(node: ast.Constant) -> tuple[str, str]:
        before = repr(node.value)
        node.value += delta
        return before, repr(node.value)

    return edit


def _shift_range_bound(position: int, delta: int) -> _Edit:
    def edit(node: ast.Call) -> tuple[str, str]:
        before = _snippet(node)
        op = ast.Add() if delta > 0 else ast.Sub()
        node.args[position] = ast.BinOp(node.args[position], op, ast.Constant(abs(delta)))
        return before, _snippet(node)

    return edit


def _swap_comparison(position: int) -> _Edit:
    def edit(node: ast.Compare) -> tuple[str, str]:
        old = type(node.ops[position])
        node.ops[position] = _SWAPPED_COMPARISONS[old]()
        return _SYMBOLS[old], _SYMBOLS[_SWAPPED_COMPARISONS[old]]

    return edit


def _swap_bool_op(node: ast.BoolOp) -> tuple[str, str]:
    old = type(node.op)
    node.op = ast.Or() if old is ast.And else ast.And()
    return _SYMBOLS[old], _SYMBOLS[type(node.op)]


def _swap_add_sub(node: ast.BinOp | ast.AugAssign) -> tuple[str, str]:
    old = type(node.op)
    node.op = ast.Sub() if old is ast.Add else ast.Add()
    suffix = "=" if isinstance(node, ast.AugAssign) else ""
    return _SYMBOLS[old] + suffix, _SYMBOLS[type(node.op)] + suffix


def _drop_statement(field: str, position: int) -> _Edit:
    def edit(node: ast.AST) -> tuple[str, str]:
        body = getattr(node, field)
        dropped = body[position]
        if len(body) == 1:  # keep the block valid
            body[0] = ast.Pass()
        else:
            del body[position]
        return _snippet(dropped), "pass"

    return edit
