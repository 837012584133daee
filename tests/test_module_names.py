"""The package's own modules: a name bound twice at module level leaves the first binding dead, and every use of
it reads the second (a second _RELATION_TO_RE and _DUE_RE had silently changed what earlier code matched)."""

from __future__ import annotations

import ast
from pathlib import Path

import yitaobiao


def _top_level_names(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


def test_no_module_binds_a_name_twice() -> None:
    package = Path(yitaobiao.__file__).parent
    twice = []
    for path in sorted(package.rglob("*.py")):
        names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
        twice.extend(f"{path.relative_to(package)}: {name}" for name in sorted({n for n in names if names.count(n) > 1}))
    assert not twice, twice
