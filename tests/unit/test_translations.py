"""Every user-visible string of the UI is translated into French and Spanish."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_no_missing_or_unfinished_translation(lang: str) -> None:
    assert _tool().problems(lang) == []


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_compiled_catalogue_is_up_to_date(lang: str, qapp) -> None:  # type: ignore[no-untyped-def]
    """The shipped .qm gives the .ts translations (run scripts/translations.py after editing)."""
    from PySide6.QtCore import QTranslator

    tool = _tool()
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / f"conference_desk_{lang}.qm"))
    for (context, source), (text, _kind) in tool.messages(tool.ts_path(lang)).items():
        assert translator.translate(context, source) == text, (context, source)
