"""The roster grid: one row per session, one column per booth language, each booth coloured by its
status with its team (a padlock before locked assignments), and under it the rules broken.

It shows the shared state's last read; selecting a booth (a click, or a rule in the list under the
grid) says so with ``booth_changed``, a double-click with ``booth_activated``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.interpreters import roster as core

from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from .roster_data import RosterState
from .shared import (
    ERROR_COLOUR,
    ID_ROLE,
    STATUS_COLOURS,
    cell_item,
    day_text,
    html_escape,
    language_label,
    rule_label,
    status_label,
    violation_text,
)

BOOTH_ROLE = Qt.ItemDataRole.UserRole            # (session id, booth language) of a roster cell
TEAM_ROLE = Qt.ItemDataRole.UserRole + 1         # [(interpreter id, name, locked)] of a roster cell

# Roster grid columns before the booths.
COL_DAY, COL_TIME, COL_SESSION, COL_ROOM = range(4)
FIRST_BOOTH = 4
BOOTH_ORDER = ("en", "fr", "es")

NO_BOOTH = "#f7f7f7"
LOCK_SIGN = "\U0001F512"  # in the cell's text (copy, accessibility); the grid draws a lock instead


def lock_pixmap(size: int, colour: str = "#37474f") -> QPixmap:
    """A small padlock (no font on every desk has the lock sign)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_lock(painter, QRectF(0, 0, size, size), QColor(colour))
    painter.end()
    return pixmap


def draw_lock(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    w, h = rect.width(), rect.height()
    body = QRectF(rect.left() + w * 0.18, rect.top() + h * 0.45, w * 0.64, h * 0.48)
    pen = QPen(colour, max(1.2, w * 0.11))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(QPointF(body.left() + w * 0.12, body.top()))
    shackle.lineTo(QPointF(body.left() + w * 0.12, rect.top() + h * 0.32))
    shackle.arcTo(QRectF(body.left() + w * 0.12, rect.top() + h * 0.1, body.width() - w * 0.24, h * 0.44), 180, -180)
    shackle.lineTo(QPointF(body.right() - w * 0.12, body.top()))
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawRoundedRect(body, w * 0.08, w * 0.08)
    painter.restore()


class BoothDelegate(QStyledItemDelegate):
    """Draws a booth cell: its status colour, then one line per interpreter, a padlock before locked ones."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        team = index.data(TEAM_ROLE)
        if team is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        painter.save()
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QBrush):
            painter.fillRect(opt.rect, background)
        if opt.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(opt.palette.highlight().color(), 2))
            painter.drawRect(QRectF(opt.rect).adjusted(1, 1, -1, -1))
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        colour = foreground.color() if isinstance(foreground, QBrush) else opt.palette.text().color()
        metrics = opt.fontMetrics
        line = metrics.height()
        x, y = opt.rect.left() + 5, opt.rect.top() + 3
        lock = line * 0.8
        painter.setFont(opt.font)
        if not team:
            painter.setPen(colour)
            painter.drawText(QRectF(x, y, opt.rect.width() - 8, line), Qt.AlignmentFlag.AlignVCenter,
                             str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        for _pid, name, locked in team:
            painter.setPen(QColor("#1a1a1a"))
            text_x = x + lock + 4
            if locked:
                draw_lock(painter, QRectF(x, y + (line - lock) / 2, lock, lock), QColor("#37474f"))
            painter.setPen(colour if colour.isValid() else QColor("#1a1a1a"))
            painter.drawText(QRectF(text_x, y, opt.rect.right() - text_x - 3, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(opt.rect.right() - text_x - 3)))
            y += line
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        team = index.data(TEAM_ROLE)
        if team is None:
            return super().sizeHint(option, index)
        metrics = option.fontMetrics
        lines = max(len(team), 1)
        width = max([metrics.horizontalAdvance(name) for _i, name, _l in team] + [80])
        return QSize(width + metrics.height() + 14, lines * metrics.height() + 8)


class RosterGrid(QWidget):
    """Sessions × booths with live rule marks, and the rules broken listed under the grid."""

    booth_changed = Signal()     # another booth (or none) is selected: see ``selected_booth``
    booth_activated = Signal()   # a booth was double-clicked

    def __init__(self, state: RosterState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.selected_booth: tuple[int, str] | None = None
        self.booth_columns: list[str] = []
        self.cell_rows: dict[int, int] = {}        # session id -> grid row

        grid_layout = QVBoxLayout(self)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        self.grid_table = QTableWidget(0, FIRST_BOOTH)
        self.grid_table.setObjectName("rosterGrid")
        self.grid_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_table.verticalHeader().setVisible(False)
        self.grid_table.setWordWrap(True)
        self.grid_table.setItemDelegate(BoothDelegate(self.grid_table))
        self.grid_table.currentCellChanged.connect(self._cell_changed)
        self.grid_table.cellDoubleClicked.connect(lambda _r, _c: self.booth_activated.emit())
        grid_layout.addWidget(self.grid_table, 1)
        self.violations_label = QLabel()
        self.violations_label.setObjectName("rosterViolationsLabel")
        grid_layout.addWidget(self.violations_label)
        self.violations_list = QTreeWidget()
        self.violations_list.setObjectName("rosterViolationList")
        self.violations_list.setColumnCount(3)
        self.violations_list.setRootIsDecorated(False)
        self.violations_list.setWordWrap(True)
        self.violations_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.violations_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.violations_list.header().setStretchLastSection(True)
        self.violations_list.itemActivated.connect(self._violation_activated)
        self.violations_list.itemClicked.connect(self._violation_activated)
        grid_layout.addWidget(self.violations_list)
        self.violations_list.setMaximumHeight(150)

    # -- drawing ------------------------------------------------------------------

    def show_data(self) -> None:
        """The grid and the rules broken, from the shared state's last read."""
        self._render_grid()
        self._render_violations()

    def _render_grid(self) -> None:
        assert self.state.data is not None
        grid = self.state.data.grid
        table = self.grid_table
        present = {c.language for row in grid.sessions for c in row.booths}
        self.booth_columns = [b for b in BOOTH_ORDER if b in present] + sorted(present - set(BOOTH_ORDER))
        current = self.selected_booth
        table.blockSignals(True)
        table.clear()
        table.setColumnCount(FIRST_BOOTH + len(self.booth_columns))
        table.setRowCount(len(grid.sessions))
        table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Time"), self.tr("Session"), self.tr("Room")]
                                        + [self.tr("%1 booth").replace("%1", language_label(b))
                                           for b in self.booth_columns])
        self.cell_rows = {}
        last_day: dt.date | None = None
        for row, s in enumerate(grid.sessions):
            self.cell_rows[s.session_id] = row
            day = day_text(s.day, self.state.language) if s.day != last_day else ""
            last_day = s.day
            values = (day, f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}", f"{s.code} — {s.title}", s.room)
            for column, value in enumerate(values):
                item = cell_item(value, s.session_id)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if column == COL_SESSION:
                    item.setToolTip(f"{s.code} — {s.title}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, item)
            cells = {c.language: c for c in s.booths}
            for offset, booth in enumerate(self.booth_columns):
                column = FIRST_BOOTH + offset
                cell = cells.get(booth)
                if cell is None:
                    item = cell_item("")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    item.setBackground(QBrush(QColor(NO_BOOTH)))
                    item.setToolTip(self.tr("No %1 booth for this session.").replace("%1", language_label(booth)))
                else:
                    item = self._booth_item(s, cell)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        for column in (COL_DAY, COL_TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SESSION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ROOM, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setColumnWidth(COL_ROOM, 150)
        for offset in range(len(self.booth_columns)):
            header.setSectionResizeMode(FIRST_BOOTH + offset, QHeaderView.ResizeMode.ResizeToContents)
        table.resizeRowsToContents()
        table.blockSignals(False)
        if current is not None and current[0] in self.cell_rows and current[1] in self.booth_columns:
            self.select_booth(*current)

    def _booth_item(self, s: core.SessionRow, cell: core.BoothCell) -> QTableWidgetItem:
        names = [f"{LOCK_SIGN} {name}" if locked else name for _pid, name, locked in cell.interpreters]
        text = "\n".join(names) if names else "–"
        item = QTableWidgetItem(text)
        item.setData(BOOTH_ROLE, (s.session_id, cell.language))
        item.setData(TEAM_ROLE, [(pid, name, bool(locked)) for pid, name, locked in cell.interpreters])
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, status_label(cell.status))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        foreground, background = STATUS_COLOURS.get(cell.status, STATUS_COLOURS["empty"])
        item.setBackground(QBrush(QColor(background)))
        item.setForeground(QBrush(QColor(foreground if cell.status in ("violation", "empty") else "#1a1a1a")))
        item.setToolTip(self._booth_tooltip(s, cell))
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return item

    def _booth_tooltip(self, s: core.SessionRow, cell: core.BoothCell) -> str:
        booth = self.tr("%1 booth").replace("%1", language_label(cell.language))
        lines = [f"<b>{html_escape(s.code)} · {html_escape(booth)}</b>", html_escape(self.status_text(cell))]
        for _pid, name, locked in cell.interpreters:
            lines.append(html_escape(name) + (" " + html_escape(self.tr("(locked)")) if locked else ""))
        for message in self.cell_violations(s.session_id, cell.language):
            lines.append(f"<span style='color:{ERROR_COLOUR}'>⚠ {html_escape(message)}</span>")
        return "<br>".join(lines)

    def status_text(self, cell: core.BoothCell) -> str:
        number = locale_for(self.state.language).toString
        return (self.tr("%1: %2 of %3 interpreters").replace("%1", status_label(cell.status))
                .replace("%2", number(len(cell.interpreters))).replace("%3", number(cell.required)))

    def cell_violations(self, session_id: int, booth: str) -> list[str]:
        if self.state.data is None:
            return []
        return [violation_text(v) for v in self.state.data.grid.violations
                if v.session_id == session_id and v.booth_language == booth]

    def _render_violations(self) -> None:
        assert self.state.data is not None
        violations = self.state.data.grid.violations
        self.violations_list.clear()
        self.violations_list.setVisible(bool(violations))
        for v in violations:
            message = translate_core(v.message)
            item = QTreeWidgetItem([v.session_code, rule_label(v.rule), message])
            item.setData(0, ID_ROLE, (v.session_id, v.booth_language))
            item.setToolTip(2, message)
            for column in range(3):
                item.setForeground(column, QBrush(QColor(ERROR_COLOUR)))
            self.violations_list.addTopLevelItem(item)
        if violations:
            self.violations_label.setText(self.tr("Rules broken (%n):", "", len(violations)))
        else:
            self.violations_label.setText(self.tr("No rule broken."))
        self.violations_label.setStyleSheet(f"color: {ERROR_COLOUR};" if violations else "")

    def _violation_activated(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, ID_ROLE)
        if where and where[0] is not None:
            booth = where[1] or next((c for c in self.booth_columns), "")
            self.select_booth(where[0], booth)

    # -- the selected booth ---------------------------------------------------------

    def select_booth(self, session_id: int, booth: str) -> bool:
        row = self.cell_rows.get(session_id)
        if row is None or booth not in self.booth_columns:
            return False
        self.grid_table.setCurrentCell(row, FIRST_BOOTH + self.booth_columns.index(booth))
        self.selected_booth = (session_id, booth)
        self.booth_changed.emit()
        return True

    def _cell_changed(self, row: int, column: int, _prev_row: int, _prev_column: int) -> None:
        item = self.grid_table.item(row, column) if row >= 0 and column >= 0 else None
        where = item.data(BOOTH_ROLE) if item is not None else None
        self.selected_booth = (where[0], where[1]) if where else None
        self.booth_changed.emit()

    def booth_cell(self, session_id: int, booth: str) -> tuple[core.SessionRow, core.BoothCell] | None:
        if self.state.data is None:
            return None
        for s in self.state.data.grid.sessions:
            if s.session_id == session_id:
                for c in s.booths:
                    if c.language == booth:
                        return s, c
        return None

    def cell_text(self, session_id: int, booth: str) -> str:
        """What the grid shows in a booth (names, one a line; locked ones after a lock sign)."""
        item = self._grid_item(session_id, booth)
        return item.text() if item else ""

    def cell_status(self, session_id: int, booth: str) -> str:
        """The status the grid shows for a booth, read from the cell's colour."""
        item = self._grid_item(session_id, booth)
        if item is None:
            return ""
        colour = item.background().color().name()
        return next((status for status, (_fg, bg) in STATUS_COLOURS.items() if bg == colour), "")

    def cell_tooltip(self, session_id: int, booth: str) -> str:
        item = self._grid_item(session_id, booth)
        return item.toolTip() if item else ""

    def _grid_item(self, session_id: int, booth: str) -> QTableWidgetItem | None:
        row = self.cell_rows.get(session_id)
        if row is None or booth not in self.booth_columns:
            return None
        return self.grid_table.item(row, FIRST_BOOTH + self.booth_columns.index(booth))

    def retranslate(self) -> None:
        self.violations_list.setHeaderLabels([self.tr("Session"), self.tr("Rule"), self.tr("What is wrong")])
