"""Fonts for names in every script on a machine that lacks them.

Names are shown in their own script beside the Latin form (core.names). A desk laptop without a
Korean or Chinese/Japanese font would show boxes ("Hwang (▯)"); the fonts the documents embed ship in
``resources/fonts`` (Nanum Square: Hangul; Droid Sans Fallback: Han and kana), so Qt is given them as
application fonts — fontconfig then falls back to them — only where the system has none.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from conference_desk.core.foundation.paths import RESOURCES_DIR

FONTS = RESOURCES_DIR / "fonts"
# Writing system -> the shipped files that cover it.
_NEEDED = (
    (QFontDatabase.WritingSystem.Korean, ("NanumSquareR.ttf", "NanumSquareB.ttf")),
    (QFontDatabase.WritingSystem.SimplifiedChinese, ("DroidSansFallbackFull.ttf",)),
    (QFontDatabase.WritingSystem.Japanese, ("DroidSansFallbackFull.ttf",)),
)
_added: set[str] = set()


def add_missing_script_fonts() -> list[str]:
    """Add the shipped fonts for each writing system no installed font covers; the files added."""
    added = []
    for system, files in _NEEDED:
        if QFontDatabase.families(system):
            continue
        for name in files:
            if name not in _added and QFontDatabase.addApplicationFont(str(FONTS / name)) >= 0:
                _added.add(name)
                added.append(name)
    return added
