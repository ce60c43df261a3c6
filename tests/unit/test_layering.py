"""The core imports no Qt: the CLI, tests and benchmarks share it without a GUI."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "conference_desk"


def _qt_imports(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}]
    return found


def test_no_qt_import_outside_the_ui_package() -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): _qt_imports(path)
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts and _qt_imports(path)
    }
    assert offenders == {}


def test_running_the_cli_loads_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from conference_desk.cli import main; "
        f"rc = main(['--db', {str(tmp_path / 'c.sqlite')!r}, 'init', '--json']); "
        "assert rc == 0; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
