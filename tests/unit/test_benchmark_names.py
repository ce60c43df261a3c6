"""The benchmark scripts name only what the application has.

They are not run by the test suite (they take minutes); a module moved or a function
renamed broke ``benchmarks/run`` once without any test noticing (bench_hotels read
``core.hotels.service._read`` after the hotels package was split).  Here every
benchmark module is imported, and every ``alias.name`` where ``alias`` is a
``conference_desk`` module it imported must exist.
"""

from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
MODULES = sorted(p for p in BENCHMARKS.glob("*.py"))


def _module_aliases(tree: ast.Module) -> dict[str, str]:
    """alias -> the conference_desk module it names (``from a.b import c as d``; ``import a.b as d``)."""
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("conference_desk"):
            for name in node.names:
                candidate = f"{node.module}.{name.name}"
                try:
                    importlib.import_module(candidate)
                except ImportError:
                    continue  # a function or class, not a module
                aliases[name.asname or name.name] = candidate
        elif isinstance(node, ast.Import):
            for name in node.names:
                if name.name.startswith("conference_desk") and name.asname:
                    aliases[name.asname] = name.name
    return aliases


@pytest.mark.parametrize("path", MODULES, ids=[p.stem for p in MODULES])
def test_a_benchmark_names_only_what_exists(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    module = importlib.import_module(path.stem)  # its own imports must resolve
    assert module is not None
    tree = ast.parse(path.read_text(encoding="utf-8"))
    aliases = _module_aliases(tree)
    missing = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in aliases:
            target = sys.modules[aliases[node.value.id]]
            if not hasattr(target, node.attr):
                missing.append(f"line {node.lineno}: {node.value.id}.{node.attr} ({aliases[node.value.id]})")
    assert missing == []
