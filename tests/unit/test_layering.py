"""The house rules, read from the source's imports (every import, also inside functions).

- The core imports no Qt: the CLI, tests and benchmarks share it without a GUI.
- One package per capability; dependencies run one way (``DEPENDS`` below, read
  transitively): foundation <- people <- badges <- check-in, and
  foundation <- people <- hotels / programme <- interpreters.
- The UI mirrors the core: ``ui/common`` knows no screen, a capability's UI uses
  only the UIs of capabilities below it, the shell knows them all.
- No import cycle between modules anywhere.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "conference_desk"

# Each capability and what it may use directly; what those use, it may use too.
DEPENDS: dict[str, set[str]] = {
    "foundation": set(),
    "people": {"foundation"},
    "badges": {"people"},
    "hotels": {"people"},
    "programme": {"people"},
    "checkin": {"badges"},
    "interpreters": {"programme"},
    "desks": {"checkin"},
    "safety": {"hotels", "badges"},
    "communications": {"checkin", "programme", "transport"},
    "reports": {"hotels", "interpreters", "checkin"},
    "demo": {"hotels", "interpreters", "badges", "transport"},
    "transport": {"hotels", "programme"},
}
UI_ONLY = {"common", "shell"}  # ui/common: below every screen; ui/shell: above them all


@cache
def below(capability: str) -> frozenset[str]:
    """The capabilities ``capability`` may import (itself included)."""
    out = {capability}
    for dep in DEPENDS.get(capability, ()):
        out |= below(dep)
    return frozenset(out)


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        if "__pycache__" in path.parts:
            continue
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


@cache
def imports() -> dict[str, set[str]]:
    """module -> the project modules it imports (absolute and relative, at any depth)."""
    edges: dict[str, set[str]] = defaultdict(set)
    for module, path in MODULES.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")
                    base = base[: len(base) - (node.level - 1)]
                    full = ".".join(base) + (f".{node.module}" if node.module else "")
                else:
                    full = node.module or ""
                targets = [f"{full}.{alias.name}" for alias in node.names] + [full]
                # ``from pkg import name`` names a module when one exists, else the package itself
                targets = [t for t in targets[:-1] if t in MODULES] or [full]
            for target in targets:
                resolved = _resolve(target) if target.startswith("conference_desk") else None
                if resolved and resolved != module:
                    edges[module].add(resolved)
    return edges


def _place(module: str) -> tuple[str, str] | None:
    """('core' | 'ui', capability) of a module in a capability package, else None."""
    parts = module.split(".")
    if len(parts) >= 3 and parts[1] in ("core", "ui"):
        return parts[1], parts[2]
    return None


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


def test_the_core_is_one_package_per_capability() -> None:
    """Every core module lives in a capability package or the foundation: no loose modules."""
    core = PACKAGE / "core"
    loose = sorted(p.name for p in core.glob("*.py") if p.name != "__init__.py")
    packages = sorted(p.name for p in core.iterdir() if (p / "__init__.py").exists())
    assert loose == []
    assert packages == sorted(DEPENDS)
    ui_packages = {p.name for p in (PACKAGE / "ui").iterdir() if (p / "__init__.py").exists()}
    assert ui_packages - UI_ONLY <= set(DEPENDS), "every UI package mirrors a core capability"
    assert sorted(p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py") == []


def test_core_dependencies_run_one_way() -> None:
    wrong = []
    for module, targets in imports().items():
        here = _place(module)
        if not here or here[0] != "core":
            continue
        for target in targets:
            there = _place(target)
            if there is None:
                if target.startswith("conference_desk.") and target != "conference_desk":
                    wrong.append(f"{module} -> {target} (the core imports no CLI or UI)")
                continue
            if there[0] != "core" or there[1] not in below(here[1]):
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_ui_mirrors_the_core() -> None:
    wrong = []
    for module, targets in imports().items():
        here = _place(module)
        if not here or here[0] != "ui":
            continue
        for target in targets:
            there = _place(target)
            if there is None or there[0] == "core" or there[1] == "common" or here[1] == "shell":
                continue  # the UI calls any of the core; everyone uses ui/common; the shell uses all
            if here[1] == "common" or there[1] == "shell" or there[1] not in below(here[1]):
                wrong.append(f"{module} -> {target}")
    assert wrong == []


def test_no_import_cycle() -> None:
    graph = imports()
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in MODULES:
        if module not in index:
            visit(module)
    assert cycles == []


def test_the_rules_catch_a_wrong_arrow() -> None:
    """The checks above are not vacuous: the graph they read has the arrows the code has."""
    graph = imports()
    assert "conference_desk.core.people.registration" in graph["conference_desk.core.checkin.service"]
    assert "checkin" not in below("hotels") and "hotels" not in below("people")
    assert "checkin" in below("desks") and "people" in below("desks") and "foundation" in below("desks")
