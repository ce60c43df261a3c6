"""Strings of Qt's own dialogs that Qt's qtbase catalogues (fr, es) lack.

Qt 6 changed some sources (``"Look in:"`` became ``"&Look in:"``) without updating every
catalogue, so a French file dialog still says "Look in:" and "Files of type:". Listing them
here puts them, under Qt's own contexts, into our catalogues; our translator is installed
after qtbase's and so is asked first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
)
