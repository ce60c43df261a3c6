"""Runtime language switching: our translations plus Qt's own (qtbase)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from conference_desk.core.paths import I18N_DIR

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
    Strings these catalogues lack are in ours (``ui/qt_strings.py``)."""
    import PySide6

    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
               str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]
    return [f for i, f in enumerate(folders) if f and f not in folders[:i]]


def locale_for(code: str) -> QLocale:
    return QLocale({"en": "en_GB", "fr": "fr_FR", "es": "es_MX"}.get(code, "en_GB"))
