"""The core layer never imports Qt, so it runs and tests without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "rehab_app" / "core"


def core_modules() -> list[str]:
    """Every module under rehab_app/core, at any depth, as a dotted name."""
    names = []
    for path in sorted(CORE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_core_sources_never_import_qt() -> None:
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(CORE)}: {n}"
                for n in names
                if n.split(".")[0] in {"PySide6", "shiboken6"}
            ]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) > 5, "the check must see the core modules"


def test_core_modules_are_found_at_any_depth() -> None:
    modules = core_modules()
    assert "rehab_app.core.models" in modules
    nested = [m for m in modules if m.count(".") > 2]
    packages = [p for p in CORE.rglob("__init__.py") if p.parent != CORE]
    assert len(nested) >= len(packages), "modules in core's subpackages must be checked too"


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = core_modules()
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_commands_load_no_qt() -> None:
    code = (
        "import sys\nfrom rehab_app.app import main\n"
        "assert main(['list']) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
