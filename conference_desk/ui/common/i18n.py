"""Runtime language switching: our translations plus Qt's own (qtbase)."""

from __future__ import annotations

import datetime as dt  # noqa: F401 - used in annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from conference_desk.core.foundation.paths import I18N_DIR

LANGUAGES = ("en", "fr", "es")
# Each language is named in itself in the Language menu (not translated).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


class LanguageManager(QObject):
    """Installs the translators for one language; Qt then retranslates every widget."""

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = "en"
        self._translators: list[QTranslator] = []

    @property
    def language(self) -> str:
        return self._language

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            code = "en"
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        ours = QTranslator(self)  # English too: its catalogue gives the plural forms ("%n badge(s)")
        if not ours.load(f"conference_desk_{code}", str(I18N_DIR)):
            raise FileNotFoundError(
                f"Missing translation file {I18N_DIR / f'conference_desk_{code}.qm'}: "
                "run `python scripts/translations.py` to compile it."
            )
        if code == "en":
            self._translators.append(ours)
            app.installTranslator(ours)
        else:
            qt_own = QTranslator(self)
            if any(qt_own.load(f"qtbase_{code}", folder) for folder in qt_translation_folders()):
                self._translators.append(qt_own)
            self._translators.append(ours)
            for translator in self._translators:
                app.installTranslator(translator)
        QLocale.setDefault(locale_for(code))
        self._language = code
        self.language_changed.emit(code)


def qt_translation_folders() -> list[str]:
    """Where Qt's own catalogues (qtbase_fr.qm, …) may be: Qt's translations path, then the
    folder inside the PySide6 wheel (a qt.conf or a system Qt can point the first elsewhere).
    Strings these catalogues lack are in ours (``ui/common/qt_strings.py``)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    return [f for i, f in enumerate(folders) if f and f not in folders[:i]]


def locale_for(code: str) -> QLocale:
    return QLocale({"en": "en_GB", "fr": "fr_FR", "es": "es_MX"}.get(code, "en_GB"))


# -- dates as the user types and reads them ------------------------------------------

DATE_FORMAT = "dd/MM/yyyy"  # what the date pickers show in en_GB, fr_FR and es_MX


def date_text(day: "dt.date") -> str:
    """A date in the same form as the date pickers (31/12/1970)."""
    return QDate(day.year, day.month, day.day).toString(DATE_FORMAT)


def parse_date(text: str) -> "dt.date | None":
    """A date typed as the pickers show it (31/12/1970, 31-12-1970, 31.12.1970) or as ISO (1970-12-31)."""
    import datetime as dt
    import re

    text = text.strip()
    match = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
    try:
        if match:
            return dt.date(int(match[3]), int(match[2]), int(match[1]))
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def long_date(locale: QLocale, day: "dt.date", pattern: str) -> str:
    """``day`` written with a QLocale ``pattern`` ("d MMMM yyyy"); French writes the first of
    the month as an ordinal: "1er octobre 2015"."""
    import re

    text = locale.toString(QDate(day.year, day.month, day.day), pattern)
    if day.day == 1 and locale.language() == QLocale.Language.French:
        months = "|".join(re.escape(locale.monthName(day.month, form))
                          for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat))
        text = re.sub(rf"(?<!\d)1(?= (?:{months}))", "1er", text)
    return text
