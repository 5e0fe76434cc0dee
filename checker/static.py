"""Static rules on the learner's source: require or forbid constructs, calls and imports.

A rule is one of
    {"construct": "for"}            a syntax construct, see CONSTRUCTS below
    {"call": "sorted"}              a call of a function or method with this name
    {"import": "os"}                an import of this module (or a submodule of it)
with an optional Russian "say" shown to the learner instead of the default text.
"""

from __future__ import annotations

import ast
from typing import Any

# construct name -> (AST node types, Russian name for default messages)
CONSTRUCTS: dict[str, tuple[tuple[type, ...], str]] = {
    "for": ((ast.For, ast.AsyncFor), "цикл `for`"),
    "while": ((ast.While,), "цикл `while`"),
    "if": ((ast.If, ast.IfExp), "условие `if`"),
    "def": ((ast.FunctionDef, ast.AsyncFunctionDef), "функция `def`"),
    "async def": ((ast.AsyncFunctionDef,), "асинхронная функция `async def`"),
    "await": ((ast.Await,), "`await`"),
    "class": ((ast.ClassDef,), "класс `class`"),
    "lambda": ((ast.Lambda,), "`lambda`"),
    "return": ((ast.Return,), "`return`"),
    "yield": ((ast.Yield, ast.YieldFrom), "`yield`"),
    "try": ((ast.Try, getattr(ast, "TryStar", ast.Try)), "`try`/`except`"),
    "raise": ((ast.Raise,), "`raise`"),
    "with": ((ast.With, ast.AsyncWith), "`with`"),
    "comprehension": (
        (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp),
        "генератор списка (comprehension)",
    ),
    "f-string": ((ast.JoinedStr,), "f-строка"),
    "import": ((ast.Import, ast.ImportFrom), "`import`"),
    "global": ((ast.Global, ast.Nonlocal), "`global`/`nonlocal`"),
}


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.module:
        return [node.module]
    return []


def _matches(rule: dict[str, Any], node: ast.AST) -> bool:
    if "construct" in rule:
        return isinstance(node, CONSTRUCTS[rule["construct"]][0])
    if "call" in rule:
        return isinstance(node, ast.Call) and _called_name(node) == rule["call"]
    if "import" in rule:
        wanted = rule["import"]
        return any(name == wanted or name.startswith(wanted + ".") for name in _imported(node))
    raise ValueError(f"unknown static rule {rule!r}")


def _describe(rule: dict[str, Any]) -> str:
    if "construct" in rule:
        return CONSTRUCTS[rule["construct"]][1]
    if "call" in rule:
        return f"вызов `{rule['call']}()`"
    return f"модуль `{rule['import']}`"


def _first(tree: ast.AST, rule: dict[str, Any]) -> ast.AST | None:
    return next((n for n in ast.walk(tree) if _matches(rule, n)), None)


def violations(tree: ast.AST, rules: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Every broken rule as {"message": Russian text, "line": int | None}."""
    found = []
    for rule in (rules or {}).get("require", []):
        if _first(tree, rule) is None:
            found.append(
                {
                    "message": rule.get("say")
                    or f"В решении нужно использовать {_describe(rule)}.",
                    "line": None,
                }
            )
    for rule in (rules or {}).get("forbid", []):
        node = _first(tree, rule)
        if node is not None:
            found.append(
                {
                    "message": rule.get("say")
                    or f"В этой задаче нельзя использовать {_describe(rule)}.",
                    "line": getattr(node, "lineno", None),
                }
            )
    return found
