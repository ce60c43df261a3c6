"""What a user at a 1366×768 desk laptop would see cut off or left in English.

``clipped(root)`` lists every visible label, button, check box, radio button, combo box,
group box title, tab and header section whose text needs more width than it is given
(``fontMetrics().horizontalAdvance``), and every widget that sticks out of its window.
``untranslated(root, lang)`` lists visible texts that are English sources of our catalogue
or of Qt's own dialogs still shown untranslated in French or Spanish.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

I18N = Path(__file__).resolve().parents[2] / "i18n"
SLACK = 1  # pixels of rounding


def _plain(text: str) -> str:
    """The text as drawn: mnemonic ampersands removed ("&&" is one "&")."""
    return re.sub(r"&(.)", r"\1", text)


def _rich(text: str) -> bool:
    return bool(re.search(r"<[a-zA-Z/][^>]*>|&[a-z]+;", text)) and "<" in text


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0 and not isinstance(widget, QMenu)


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _inside_scroll_viewport(widget: QWidget) -> bool:
    w = widget.parentWidget()
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            return True
        w = parent
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.wordWrap() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    if _rich(text) or label.textFormat() == Qt.TextFormat.RichText:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setHtml(text)
        doc.setDocumentMargin(0)
        need = doc.idealWidth()
        lines = [doc.toPlainText()]
    else:
        lines = (_plain(text) if label.buddy() is not None else text).splitlines()
        need = max(label.fontMetrics().horizontalAdvance(line) for line in lines) if lines else 0
    available = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    if need > available + SLACK:
        return f"label {_name(label)} {' / '.join(lines)!r} needs {need:.0f}px, has {available}px"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    style = button.style()
    need = button.fontMetrics().horizontalAdvance(text)
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = QStyle.PixelMetric.PM_IndicatorWidth if isinstance(button, QCheckBox) else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
        spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing if isinstance(button, QCheckBox) else QStyle.PixelMetric.PM_RadioButtonLabelSpacing
        need += style.pixelMetric(metric, None, button) + style.pixelMetric(spacing, None, button)
    elif isinstance(button, QPushButton):
        need += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button) // 2
        if not button.icon().isNull():
            need += button.iconSize().width() + 4
        if button.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    elif isinstance(button, QToolButton):
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly and not button.icon().isNull():
            return None
        if button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon and not button.icon().isNull():
            need += button.iconSize().width() + 4
        need += 6
    else:
        return None
    if need > button.width() + SLACK:
        return f"button {_name(button)} {text!r} needs {need}px, has {button.width()}px"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    if need > field.width() + SLACK:
        return f"combo box {_name(combo)} {text!r} needs {need}px, has {field.width()}px"
    return None


def _header_problems(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    orientation = header.orientation()
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(count):
        if header.isSectionHidden(section) or orientation == Qt.Orientation.Vertical:
            continue
        text = model.headerData(section, orientation, Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        need = header.fontMetrics().horizontalAdvance(str(text)) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        size = header.sectionSize(section)
        if need > size + SLACK:
            found.append(f"header {_name(header)} section {str(text)!r} needs {need}px, has {size}px")
    return found


def _tab_problems(tabs: QTabBar) -> list[str]:
    found = []
    for index in range(tabs.count()):
        text = _plain(tabs.tabText(index))
        need = tabs.fontMetrics().horizontalAdvance(text) + 8
        if not tabs.tabIcon(index).isNull():
            need += tabs.iconSize().width() + 4
        rect = tabs.tabRect(index)
        if not tabs.isTabVisible(index):
            continue
        if need > rect.width() + SLACK or rect.right() > tabs.width() and not tabs.usesScrollButtons():
            found.append(f"tab {_name(tabs)} {text!r} needs {need}px, has {rect.width()}px")
    return found


def _hidden_sideways(widget: QWidget) -> str | None:
    """Part of the widget lies left or right of the scroll area it is in (a panel cut off at the side)."""
    w: QWidget | None = widget
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QAbstractScrollArea) and w is parent.viewport():
            if isinstance(parent, QAbstractItemView):
                return None
            viewport = w
            left = widget.mapTo(viewport, widget.rect().topLeft()).x()
            right = left + widget.width()
            if left < -SLACK or right > viewport.width() + SLACK:
                return (f"widget {_name(widget)} spans x {left}..{right} of a scroll area "
                        f"{viewport.width()}px wide: cut off at the side")
        w = parent
    return None


def _outside_window(widget: QWidget) -> str | None:
    window = widget.window()
    if widget is window or _inside_scroll_viewport(widget):
        return None
    top_left = widget.mapTo(window, widget.rect().topLeft())
    rect = QRect(top_left, widget.size())
    if not window.rect().adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
        return f"widget {_name(widget)} at {rect.getRect()} sticks out of its window {window.rect().getRect()}"
    return None


def clipped(root: QWidget) -> list[str]:
    """Every visible text of ``root`` (and its children) that is cut off, and every widget outside its window."""
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(_plain(widget.title())) + 12
            if widget.isCheckable():
                need += 20
            if need > widget.width() + SLACK:
                problem = f"group box {_name(widget)} {widget.title()!r} needs {need}px, has {widget.width()}px"
        elif isinstance(widget, QHeaderView):
            found.extend(_header_problems(widget))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_problems(widget))
        if problem:
            found.append(problem)
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QGroupBox, QLineEdit)):
            sideways = _hidden_sideways(widget)
            if sideways:
                found.append(sideways)
        if not isinstance(widget, QAbstractItemView) or widget is root:
            outside = _outside_window(widget)
            if outside:
                found.append(outside)
    return found


# -- untranslated -------------------------------------------------------------


@cache
def catalogue(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(English sources whose translation differs, translations) of our catalogue for ``lang``."""
    sources: set[str] = set()
    translations: set[str] = set()
    for message in ET.parse(I18N / f"conference_desk_{lang}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        texts = [t.text or "" for t in translation.iter("numerusform")] if translation is not None else []
        if translation is not None and not texts:
            texts = ["".join(translation.itertext())]
        translations.update(_plain(t) for t in texts)
        if all(_plain(t) != _plain(source) for t in texts):
            sources.add(_plain(source))
    return frozenset(sources - translations), frozenset(translations)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every visible text a user reads in ``root``."""
    texts: list[tuple[str, str]] = []
    if root.isWindow() and root.windowTitle():
        texts.append(("window title", root.windowTitle()))
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        if isinstance(widget, QLabel) and not (widget.pixmap() is not None and not widget.pixmap().isNull()):
            text = widget.text()
            if _rich(text):
                doc = QTextDocument()
                doc.setHtml(text)
                text = doc.toPlainText()
            texts.append((_name(widget), text))
        elif isinstance(widget, QAbstractButton):
            texts.append((_name(widget), widget.text()))
        elif isinstance(widget, QGroupBox):
            texts.append((_name(widget), widget.title()))
        elif isinstance(widget, QComboBox):
            texts.extend((_name(widget), widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            texts.extend((_name(widget), widget.tabText(i)) for i in range(widget.count()))
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            orientation = widget.orientation()
            if orientation == Qt.Orientation.Horizontal:
                texts.extend((_name(widget), str(model.headerData(i, orientation) or ""))
                             for i in range(model.columnCount()))
        if widget.toolTip():
            texts.append((_name(widget) + " tooltip", widget.toolTip()))
    return [(where, text) for where, text in texts if text and text.strip()]


QT_ENGLISH = {"&Look in:", "Look in:", "Files of &type:", "Files of type:", "File &name:", "&Save", "&Open",
              "Cancel", "&Yes", "&No", "Close", "Apply", "Reset", "Detail View", "List View", "Back", "Forward",
              "Parent Directory", "Create New Folder", "Date Modified", "Size", "Save", "Open", "Discard",
              "Don't Save", "Restore Defaults", "Help", "Abort", "Retry", "Ignore", "Yes", "No"}


def untranslated(root: QWidget, lang: str) -> list[str]:
    """Visible texts left in English when the interface is in ``lang`` (fr or es)."""
    sources, translations = catalogue(lang)
    english = sources | {_plain(t) for t in QT_ENGLISH}
    found = []
    for where, text in visible_texts(root):
        plain = _plain(text)
        for piece in [plain, *plain.splitlines()]:
            piece = piece.strip()
            if piece in english and piece not in translations:
                found.append(f"{where}: {piece!r}")
                break
    return found
