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

from . import messages

# construct name -> AST node types (their Russian names: messages.CONSTRUCT_NAMES)
CONSTRUCTS: dict[str, tuple[type, ...]] = {
    "for": (ast.For, ast.AsyncFor),
    "while": (ast.While,),
    "if": (ast.If, ast.IfExp),
    "def": (ast.FunctionDef, ast.AsyncFunctionDef),
    "async def": (ast.AsyncFunctionDef,),
    "await": (ast.Await,),
    "class": (ast.ClassDef,),
    "lambda": (ast.Lambda,),
    "return": (ast.Return,),
    "yield": (ast.Yield, ast.YieldFrom),
    "try": (ast.Try, getattr(ast, "TryStar", ast.Try)),
    "raise": (ast.Raise,),
    "with": (ast.With, ast.AsyncWith),
    "comprehension": (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp),
    "f-string": (ast.JoinedStr,),
    "import": (ast.Import, ast.ImportFrom),
    "global": (ast.Global, ast.Nonlocal),
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
        return isinstance(node, CONSTRUCTS[rule["construct"]])
    if "call" in rule:
        return isinstance(node, ast.Call) and _called_name(node) == rule["call"]
    if "import" in rule:
        wanted = rule["import"]
        return any(name == wanted or name.startswith(wanted + ".") for name in _imported(node))
    raise ValueError(f"unknown static rule {rule!r}")


def _describe(rule: dict[str, Any]) -> str:
    if "construct" in rule:
        return messages.CONSTRUCT_NAMES[rule["construct"]]
    if "call" in rule:
        return messages.RULE_CALL.format(name=rule["call"])
    return messages.RULE_IMPORT.format(name=rule["import"])


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
                    or messages.RULE_REQUIRED.format(what=_describe(rule)),
                    "line": None,
                }
            )
    for rule in (rules or {}).get("forbid", []):
        node = _first(tree, rule)
        if node is not None:
            found.append(
                {
                    "message": rule.get("say")
                    or messages.RULE_FORBIDDEN.format(what=_describe(rule)),
                    "line": getattr(node, "lineno", None),
                }
            )
    return found
