"""Layer contracts and the import graph: core is Qt-free, ui keeps off storage, no cycles."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "rehab_app"


def module_name(path: Path) -> str:
    """`rehab_app/ui/session/player.py` -> `rehab_app.ui.session.player`."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> Iterator[tuple[str, int]]:
    """Every module `path` imports (at any level, lazy and type-only imports too), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            yield target, node.lineno
            # `from rehab_app.ui import player` imports the module rehab_app.ui.player.
            for alias in node.names:
                yield f"{target}.{alias.name}", node.lineno


def graph() -> dict[str, set[str]]:
    """rehab_app's own modules and the rehab_app modules each one imports."""
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for target, _line in imports_of(path):
            if target in modules and target != name:
                edges[name].add(target)
    return edges


def forbidden(prefix: str, banned: tuple[str, ...]) -> list[str]:
    """`module:line: import` for every import of a banned module inside `prefix`."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        if not (name == prefix or name.startswith(prefix + ".")):
            continue
        for target, line in imports_of(path):
            if any(target == b or target.startswith(b + ".") for b in banned):
                found.append(f"{name}:{line}: {target}")
    return sorted(set(found))


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return groups


def test_core_never_imports_qt_the_ui_or_the_app() -> None:
    banned = ("PySide6", "shiboken6", "rehab_app.ui", "rehab_app.app")
    assert forbidden("rehab_app.core", banned) == []


def test_ui_never_touches_storage_directly() -> None:
    assert forbidden("rehab_app.ui", ("sqlite3", "yaml")) == []


def test_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_the_checks_can_fail(tmp_path: Path) -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    edges = graph()
    assert len(edges) > 50, "the graph must see every module"
    assert any(edges.values()), "and their imports"
