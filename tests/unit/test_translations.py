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

    import xml.etree.ElementTree as ET

    tool = _tool()
    translator = QTranslator()
    assert translator.load(str(ROOT / "i18n" / f"conference_desk_{lang}.qm"))
    checked = 0
    for context in ET.parse(tool.ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                one, many = [form.text for form in translation.iter("numerusform")]
                assert translator.translate(name, source, "", 1) == one, (name, source)
                assert translator.translate(name, source, "", 5) == many, (name, source)
            else:
                assert translator.translate(name, source) == translation.text, (name, source)
            checked += 1
    assert checked > 100


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_placeholders_are_kept(lang: str) -> None:
    """A translation keeps every {name} and %1 of its source, or the message would lose a value."""
    import re
    import xml.etree.ElementTree as ET

    tool = _tool()
    broken = []
    for message in ET.parse(tool.ts_path(lang)).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
        wanted = sorted(set(re.findall(r"\{[a-z_0-9]+\}|%\d", source)))
        for text in texts:
            if text and sorted(set(re.findall(r"\{[a-z_0-9]+\}|%\d", text))) != wanted:
                broken.append((source, text))
    assert broken == []
