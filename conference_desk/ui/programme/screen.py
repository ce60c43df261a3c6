"""The programme: a timetable per day (rooms as columns, time as rows), live conflicts.

Sessions are blocks an organiser drags to another room or time (snapped to
``SNAP_MINUTES``) or resizes by their lower edge; sessions without a time or
room wait in the list on the left and are dragged onto the grid.  Every change
is written through ``core.programme.timetable.move_session`` (one transaction,
audited) and the conflicts are recomputed at once with the core's pure
``conflicts.detect`` on the timetable in memory, so the marks on the blocks and
the list below follow every move; the database is then re-read off the GUI
thread.  Double-click a block to edit the session.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, QRectF, QSettings, Qt, QTime, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyleOptionGraphicsItem,
    QTabBar,
    QTimeEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QToolTip,
)

from conference_desk.core.foundation.audit import Actor
from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.messages import message_of
from conference_desk.core.programme import conflicts as conflict_rules
from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.conflicts import Conflict
from conference_desk.core.programme.timetable import SessionInfo, Timetable

from ..common import labels
from ..common.core_messages import translate_core
from ..common.i18n import locale_for
from ..common.safe_dialogs import UnsavedChanges, primary_of
from ..common.tasks import run_task

MIME = "application/x-conference-desk-session"
SNAP_MINUTES = 5
MIN_MINUTES = 15
HEADER_H = 34.0
TIME_W = 52.0
COL_W = 176.0
PX_PER_MIN = 1.0
RESIZE_GRIP = 7.0
DEFAULT_MINUTES = 90

TYPE_COLOURS = {
    "ceremony": "#6a1b9a",
    "plenary": "#1565c0",
    "thematic_forum": "#2e7d32",
    "regional_forum": "#b35900",
    "mayors_forum": "#00838f",
    "break": "#757575",
}
ERROR_COLOUR = "#d32f2f"
WARNING_COLOUR = "#f9a825"


def _problem_text(exc: BaseException) -> str:
    problems = getattr(exc, "problems", None)
    if problems:
        return "\n".join(translate_core(p.message) for p in problems)
    return translate_core(message_of(exc))


class SessionBlock(QGraphicsRectItem):
    """One session on the grid: drag to move (room and time), drag the lower edge to resize."""

    def __init__(self, info: SessionInfo, rect: QRectF, language: str) -> None:
        super().__init__(QRectF(0, 0, rect.width(), rect.height()))
        self.setPos(rect.topLeft())
        self.info = info
        self.language = language
        self.conflicts: list[Conflict] = []
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self._mode = ""
        self._press = QPointF()
        self._origin = QPointF()
        self._height = rect.height()
        self.setZValue(1)

    # -- state -----------------------------------------------------------

    @property
    def session_id(self) -> int:
        return self.info.id

    def set_conflicts(self, found: list[Conflict]) -> None:
        self.conflicts = found
        self.setToolTip(self._tooltip())
        self.update()

    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if not c.acknowledged]

    def _tooltip(self) -> str:
        info = self.info
        lines = [f"<b>{_html(info.code)} — {_html(info.title(self.language))}</b>",
                 _html(labels.label("session_type", info.type))]
        if info.starts_at and info.ends_at:
            lines.append(f"{info.starts_at:%H:%M}–{info.ends_at:%H:%M}")
        for person in info.people:
            lines.append(f"{_html(labels.label('session_role', person.role))}: {_html(person.name)}")
        for c in self.conflicts:
            colour = "#777" if c.acknowledged else (ERROR_COLOUR if c.severity == "error" else "#8a6d00")
            lines.append(f"<span style='color:{colour}'>⚠ {_html(translate_core(c.message))}</span>")
        return "<br>".join(lines)

    # -- drawing -----------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = self.rect().adjusted(1.5, 1.0, -1.5, -1.0)
        base = QColor(TYPE_COLOURS.get(self.info.type, "#546e7a"))
        fill = QColor(base)
        fill.setAlpha(40 if self.info.type == "break" else 52)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QBrush(QColor("white")))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 4, 4)
        painter.setBrush(QBrush(fill))
        open_ = self.open_conflicts()
        if any(c.severity == "error" for c in open_):
            pen = QPen(QColor(ERROR_COLOUR), 3)
        elif open_:
            pen = QPen(QColor(WARNING_COLOUR), 3)
        else:
            pen = QPen(base, 1.2)
        if self.isSelected():
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(max(pen.widthF(), 2.2))
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 4, 4)
        # Type stripe on the left.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(base))
        painter.drawRect(QRectF(rect.left(), rect.top() + 2, 4, rect.height() - 4))

        text_rect = rect.adjusted(8, 2, -4, -2)
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 6.5))
        bold = QFont(font)
        bold.setBold(True)
        painter.setPen(QColor("#1a1a1a"))
        painter.setFont(bold)
        info = self.info
        head = f"{info.starts_at:%H:%M}–{info.ends_at:%H:%M}  {info.code}" if info.starts_at and info.ends_at \
            else info.code
        metrics = QFontMetricsF(bold)
        if open_:
            marker = "⚠ " + str(len(open_))
            painter.setPen(QColor(ERROR_COLOUR if any(c.severity == "error" for c in open_) else "#8a6d00"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, marker)
            painter.setPen(QColor("#1a1a1a"))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         metrics.elidedText(head, Qt.TextElideMode.ElideRight, text_rect.width() - 26))
        line = metrics.height()
        if text_rect.height() > line * 1.8:
            painter.setFont(font)
            body = text_rect.adjusted(0, line, 0, 0)
            title = info.title(self.language)
            extra = []
            if info.interpretation:
                extra.append("/".join(code.upper() for code in info.interpretation))
            if info.capacity:
                extra.append(f"{info.sign_ups or info.expected_attendance}/{info.capacity}")
            if extra and body.height() > line * 2.6:
                painter.drawText(body, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, "  ".join(extra))
                body = body.adjusted(0, 0, 0, -line)
            painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                             | int(Qt.TextFlag.TextWordWrap), title)

    # -- mouse ---------------------------------------------------------------

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:  # noqa: N802 - Qt API
        near_bottom = event.pos().y() >= self.rect().height() - RESIZE_GRIP
        self.setCursor(Qt.CursorShape.SizeVerCursor if near_bottom else Qt.CursorShape.OpenHandCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._mode = "resize" if event.pos().y() >= self.rect().height() - RESIZE_GRIP else "move"
        self._press = event.scenePos()
        self._origin = self.pos()
        self._height = self.rect().height()
        self.setZValue(10)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        scene = self.scene()
        if not self._mode or not isinstance(scene, TimetableScene):
            return
        delta = event.scenePos() - self._press
        if self._mode == "move":
            x = scene.column_x(scene.column_at(self._origin.x() + COL_W / 2 + delta.x()))
            y = scene.snap_y(self._origin.y() + delta.y(), self._height)
            self.setPos(x, y)
        else:
            height = max(scene.snap_minutes((self._height + delta.y()) / PX_PER_MIN), MIN_MINUTES) * PX_PER_MIN
            height = min(height, scene.bottom - self.pos().y())
            self.prepareGeometryChange()
            self.setRect(QRectF(0, 0, self.rect().width(), height))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        mode, self._mode = self._mode, ""
        self.setZValue(1)
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if not mode or not isinstance(scene, TimetableScene):
            return
        if self.pos() != self._origin or self.rect().height() != self._height:
            scene.block_changed(self)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt API
        scene = self.scene()
        if isinstance(scene, TimetableScene):
            scene.session_activated.emit(self.session_id)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt API
        scene = self.scene()
        if isinstance(scene, TimetableScene):
            scene.context_menu_requested.emit(self.session_id, event.screenPos())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class TimetableScene(QGraphicsScene):
    """One day: a column per room, a row per hour; sessions as blocks."""

    session_moved = Signal(int, object, object, object)  # session id, room id, starts_at, ends_at
    session_activated = Signal(int)
    context_menu_requested = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rooms: list[tt.RoomInfo] = []
        self.day = dt.date(2000, 1, 1)
        self.first_hour = 8
        self.last_hour = 20
        self.blocks: dict[int, SessionBlock] = {}
        self.bottom = 0.0

    # -- geometry ----------------------------------------------------------------

    def column_x(self, column: int) -> float:
        return TIME_W + column * COL_W

    def column_at(self, x: float) -> int:
        return max(0, min(int((x - TIME_W) // COL_W), len(self.rooms) - 1))

    def y_of(self, when: dt.datetime) -> float:
        minutes = (when - dt.datetime.combine(self.day, dt.time(self.first_hour))).total_seconds() / 60
        return HEADER_H + minutes * PX_PER_MIN

    def time_at(self, y: float) -> dt.datetime:
        minutes = self.snap_minutes((y - HEADER_H) / PX_PER_MIN)
        return dt.datetime.combine(self.day, dt.time(self.first_hour)) + dt.timedelta(minutes=minutes)

    @staticmethod
    def snap_minutes(minutes: float) -> int:
        return int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)

    def snap_y(self, y: float, height: float) -> float:
        y = max(HEADER_H, min(y, self.bottom - height))
        return HEADER_H + self.snap_minutes((y - HEADER_H) / PX_PER_MIN) * PX_PER_MIN

    def block_times(self, block: SessionBlock) -> tuple[int, dt.datetime, dt.datetime]:
        room = self.rooms[self.column_at(block.pos().x() + COL_W / 2)]
        starts = self.time_at(block.pos().y())
        minutes = self.snap_minutes(block.rect().height() / PX_PER_MIN)
        return room.id, starts, starts + dt.timedelta(minutes=max(minutes, MIN_MINUTES))

    def block_changed(self, block: SessionBlock) -> None:
        room_id, starts, ends = self.block_times(block)
        self.session_moved.emit(block.session_id, room_id, starts, ends)

    # -- content -------------------------------------------------------------------

    def show_day(self, timetable: Timetable, day: dt.date, language: str,
                 found: list[Conflict], settings: tt.ProgrammeSettings) -> None:
        self.clear()
        self.blocks = {}
        self.rooms = sorted(timetable.rooms, key=lambda r: (r.sort_order, r.name))
        self.day = day
        sessions = [s for s in timetable.sessions if s.day == day and s.room_id is not None]
        first = settings.venue_opens.hour
        last = settings.venue_closes.hour + (1 if settings.venue_closes.minute else 0)
        for s in sessions:
            assert s.starts_at is not None and s.ends_at is not None
            first = min(first, s.starts_at.hour)
            end_hour = s.ends_at.hour + (1 if s.ends_at.minute or s.ends_at.date() > day else 0)
            last = max(last, min(end_hour if s.ends_at.date() == day else 24, 24))
        self.first_hour, self.last_hour = first, max(last, first + 1)
        width = TIME_W + COL_W * max(len(self.rooms), 1)
        self.bottom = HEADER_H + (self.last_hour - self.first_hour) * 60 * PX_PER_MIN
        self.setSceneRect(QRectF(0, 0, width + 2, self.bottom + 2))
        self._draw_grid(width, settings)
        by_session: dict[int, list[Conflict]] = defaultdict(list)
        for c in found:
            for sid in c.session_ids:
                by_session[sid].append(c)
        column = {room.id: i for i, room in enumerate(self.rooms)}
        for s in sessions:
            if s.room_id not in column:
                continue
            assert s.starts_at is not None and s.ends_at is not None
            top = self.y_of(s.starts_at)
            bottom = min(self.y_of(s.ends_at), self.bottom)
            rect = QRectF(self.column_x(column[s.room_id]), top, COL_W, max(bottom - top, MIN_MINUTES * PX_PER_MIN))
            block = SessionBlock(s, rect, language)
            block.set_conflicts(by_session.get(s.id, []))
            self.addItem(block)
            self.blocks[s.id] = block

    def _draw_grid(self, width: float, settings: tt.ProgrammeSettings) -> None:
        hour_pen = QPen(QColor("#c9d1d9"), 1)
        half_pen = QPen(QColor("#eceff1"), 1, Qt.PenStyle.DotLine)
        closed = QBrush(QColor("#f3f3f3"))
        opens = self.y_of(dt.datetime.combine(self.day, settings.venue_opens))
        closes = self.y_of(dt.datetime.combine(self.day, settings.venue_closes))
        for top, bottom in ((HEADER_H, opens), (closes, self.bottom)):
            if bottom > top:
                rect = self.addRect(QRectF(TIME_W, top, width - TIME_W, bottom - top), QPen(Qt.PenStyle.NoPen), closed)
                rect.setZValue(-2)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = HEADER_H + (hour - self.first_hour) * 60 * PX_PER_MIN
            self.addLine(TIME_W - 6, y, width, y, hour_pen).setZValue(-1)
            if hour < self.last_hour:
                self.addLine(TIME_W, y + 30 * PX_PER_MIN, width, y + 30 * PX_PER_MIN, half_pen).setZValue(-1)
        for i in range(len(self.rooms) + 1):
            x = self.column_x(i)
            self.addLine(x, HEADER_H, x, self.bottom, hour_pen).setZValue(-1)
        # Room names and hours are drawn by the view (TimetableView.drawForeground) so they
        # stay in sight while the grid scrolls.


class TimetableView(QGraphicsView):
    """The grid; accepts sessions dragged from the list of unscheduled sessions."""

    session_dropped = Signal(int, object, object)  # session id, room id, starts_at

    def __init__(self, scene: TimetableScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timetable_scene = scene
        self.setAcceptDrops(True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt API
        super().scrollContentsBy(dx, dy)
        self.viewport().update()  # the frozen header and hour column move with the view

    def room_at_header(self, pos: QPoint) -> Any:
        """The room whose (frozen) header is under ``pos`` (viewport coordinates), if any."""
        scene = self.timetable_scene
        if pos.y() > HEADER_H or not scene.rooms:
            return None
        x = self.mapToScene(pos).x()
        for i, room in enumerate(scene.rooms):
            if scene.column_x(i) <= x < scene.column_x(i) + COL_W:
                return room
        return None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A room name cut short in the header shows in full, with its facts, on hover.
        if event.type() == QEvent.Type.ToolTip:
            room = self.room_at_header(event.pos())
            if room is not None:
                booths = "/".join(c.upper() for c in room.booth_languages) if room.booths else "—"
                QToolTip.showText(event.globalPos(), f"{room.name}\n{room.capacity:,} · {booths}", self.viewport())
                return True
        return super().viewportEvent(event)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt API
        """Room names along the top and hours down the left, frozen in place."""
        scene = self.timetable_scene
        if not scene.rooms:
            return
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        top, left = max(visible.top(), 0.0), max(visible.left(), 0.0)
        width = TIME_W + COL_W * len(scene.rooms)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#f7f9fa")))
        painter.drawRect(QRectF(left, top, TIME_W, visible.height()))
        painter.drawRect(QRectF(left, top, max(width, visible.right()) - left, HEADER_H))
        font = QFont(self.font())
        painter.setFont(font)
        painter.setPen(QColor("#455a64"))
        metrics = QFontMetricsF(font)
        for hour in range(scene.first_hour, scene.last_hour + 1):
            y = HEADER_H + (hour - scene.first_hour) * 60 * PX_PER_MIN
            if y < top + HEADER_H - 1:
                continue
            painter.drawText(QRectF(left + 2, y - metrics.height() / 2, TIME_W - 8, metrics.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{hour:02d}:00")
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        line = QPen(QColor("#c9d1d9"), 1)
        for i, room in enumerate(scene.rooms):
            x = scene.column_x(i)
            if x + COL_W < left + TIME_W:
                continue
            painter.setPen(line)
            painter.drawLine(QPointF(x, top), QPointF(x, top + HEADER_H))
            painter.setFont(bold)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(QRectF(x + 4, top + 2, COL_W - 8, bold_metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft),
                             bold_metrics.elidedText(room.name, Qt.TextElideMode.ElideRight, COL_W - 8))
            painter.setFont(font)
            painter.setPen(QColor("#607d8b"))
            facts = f"{room.capacity:,} · " + ("/".join(c.upper() for c in room.booth_languages) if room.booths
                                              else "—")
            painter.drawText(QRectF(x + 4, top + 2 + bold_metrics.height(), COL_W - 8, metrics.height()),
                             int(Qt.AlignmentFlag.AlignLeft), facts)
        # Cover the corner where the two bands meet.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor("#f7f9fa")))
        painter.drawRect(QRectF(left, top, TIME_W, HEADER_H))
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawLine(QPointF(left, top + HEADER_H), QPointF(max(width, visible.right()), top + HEADER_H))
        painter.drawLine(QPointF(left + TIME_W, top), QPointF(left + TIME_W, visible.bottom()))
        painter.restore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasFormat(MIME) and self.timetable_scene.rooms:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        ids = session_ids(event.mimeData())
        scene = self.timetable_scene
        if not ids or not scene.rooms:
            event.ignore()
            return
        point = self.mapToScene(event.position().toPoint())
        room = scene.rooms[scene.column_at(point.x())]
        starts = scene.time_at(max(point.y(), HEADER_H))
        event.acceptProposedAction()
        self.session_dropped.emit(ids[0], room.id, starts)


def session_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(MIME):
        return []
    raw = bytes(mime.data(MIME).data()).decode("ascii", "replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class UnscheduledList(QListWidget):
    """Sessions without a room or time; drag one onto the grid."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802 - Qt API
        mime = QMimeData()
        ids = [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]
        mime.setData(MIME, ",".join(ids).encode("ascii"))
        return mime


class ProgrammeSettingsDialog(QDialog):
    """The turnover gap between a person's sessions and the venue's opening hours."""

    def __init__(self, settings: tt.ProgrammeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme settings"))
        form = QFormLayout(self)
        self.turnover = QSpinBox()
        self.turnover.setRange(0, 240)
        self.turnover.setSuffix(self.tr(" min"))
        self.turnover.setValue(settings.turnover_minutes)
        self.opens = QTimeEdit(QTime(settings.venue_opens.hour, settings.venue_opens.minute))
        self.closes = QTimeEdit(QTime(settings.venue_closes.hour, settings.venue_closes.minute))
        for edit in (self.opens, self.closes):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Gap a person needs between two sessions:"), self.turnover)
        form.addRow(self.tr("The venue opens at:"), self.opens)
        form.addRow(self.tr("The venue closes at:"), self.closes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        primary_of(buttons)  # Enter applies
        self.changes = UnsavedChanges(self)  # Escape or closing with changes asks first

    def reject(self) -> None:
        self.changes.confirm(lambda: QDialog.reject(self))

    def values(self) -> dict[str, Any]:
        opens, closes = self.opens.time(), self.closes.time()
        return {"turnover_minutes": self.turnover.value(),
                "venue_opens": dt.time(opens.hour(), opens.minute()),
                "venue_closes": dt.time(closes.hour(), closes.minute())}


class ProgrammeScreen(QWidget):
    """Timetable per day, unscheduled sessions, conflicts; documents of the programme."""

    data_changed = Signal()
    loaded = Signal()  # a timetable (re)read from the database is on screen

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.timetable: Timetable | None = None
        self.conflicts: list[Conflict] = []
        self.acknowledged: set[str] = set()
        self.days: list[dt.date] = []
        self.day: dt.date | None = None
        self.error = ""

        self.day_tabs = QTabBar()
        self.day_tabs.setObjectName("dayTabs")
        self.day_tabs.setExpanding(False)
        self.day_tabs.currentChanged.connect(self._day_chosen)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_session)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.booklet_action = QAction(self)
        self.booklet_action.triggered.connect(lambda: self.export("booklet"))
        self.ics_action = QAction(self)
        self.ics_action.triggered.connect(lambda: self.export("ics"))
        self.door_action = QAction(self)
        self.door_action.triggered.connect(lambda: self.export("door"))
        for action in (self.booklet_action, self.ics_action, self.door_action):
            self.export_menu.addAction(action)
        self.export_button.setMenu(self.export_menu)
        self.settings_button = QPushButton()
        self.settings_button.clicked.connect(self.edit_settings)
        top = QHBoxLayout()
        top.addWidget(self.day_tabs, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        top.addWidget(self.settings_button)

        self.unscheduled_label = QLabel()
        self.unscheduled = UnscheduledList()
        self.unscheduled.setObjectName("unscheduledSessions")
        self.unscheduled.itemDoubleClicked.connect(
            lambda item: self.edit_session(int(item.data(Qt.ItemDataRole.UserRole))))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.unscheduled_label)
        left_layout.addWidget(self.unscheduled, 1)

        self.scene = TimetableScene(self)
        self.scene.session_moved.connect(self.move_session)
        self.scene.session_activated.connect(self.edit_session)
        self.scene.context_menu_requested.connect(self._block_menu)
        self.view = TimetableView(self.scene)
        self.view.setObjectName("timetable")
        self.view.session_dropped.connect(self._dropped)

        self.conflict_label = QLabel()
        self.conflict_label.setObjectName("conflictSummary")
        self.conflict_list = QTreeWidget()
        self.conflict_list.setObjectName("conflicts")
        self.conflict_list.setRootIsDecorated(False)
        self.conflict_list.setColumnCount(3)
        self.conflict_list.setWordWrap(True)
        self.conflict_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_list.header().setStretchLastSection(True)
        self.conflict_list.itemSelectionChanged.connect(self._conflict_selected)
        self.conflict_list.itemDoubleClicked.connect(lambda *_: self._show_conflict_sessions())
        self.ack_button = QPushButton()
        self.ack_button.clicked.connect(self.toggle_acknowledgement)
        self.ack_button.setEnabled(False)
        conflict_head = QHBoxLayout()
        conflict_head.addWidget(self.conflict_label, 1)
        conflict_head.addWidget(self.ack_button)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addLayout(conflict_head)
        bottom_layout.addWidget(self.conflict_list, 1)

        across = QSplitter(Qt.Orientation.Horizontal)
        across.addWidget(left)
        across.addWidget(self.view)
        across.setStretchFactor(1, 1)
        across.setSizes([170, 700])
        down = QSplitter(Qt.Orientation.Vertical)
        down.addWidget(across)
        down.addWidget(bottom)
        down.setStretchFactor(0, 1)
        down.setSizes([560, 110])

        self.message = QLabel()
        self.message.setObjectName("programmeMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(down, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self.reload()

    # -- reading -------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db

        def read(_progress: Any) -> tuple[Timetable, set[str]]:
            return tt.load_timetable(db), conflict_rules.acknowledged_fingerprints(db)

        run_task(read, self._loaded, self._failed, owner=self)

    def reload_now(self) -> None:
        """Read the timetable on the GUI thread (after a write, and in tests)."""
        try:
            self._loaded((tt.load_timetable(self.db), conflict_rules.acknowledged_fingerprints(self.db)))
        except ConferenceDeskError as exc:
            self._failed(message_of(exc))

    def _failed(self, message: str) -> None:
        self.error = message
        self.message.setText(self.tr("Could not read the programme: %1").replace("%1", translate_core(message)))

    def _loaded(self, result: tuple[Timetable, set[str]]) -> None:
        self.timetable, self.acknowledged = result
        self.error = ""
        self._recheck()
        days = list(self.timetable.days)
        for s in self.timetable.sessions:
            if s.day is not None and s.day not in days:
                days.append(s.day)
        days.sort()
        if days != self.days:
            self.days = days
            self.day_tabs.blockSignals(True)
            while self.day_tabs.count():
                self.day_tabs.removeTab(0)
            for day in days:
                self.day_tabs.addTab(self._day_label(day))
            self.day_tabs.blockSignals(False)
        if self.day not in self.days:
            self.day = self.days[0] if self.days else None
        if self.day is not None:
            self.day_tabs.setCurrentIndex(self.days.index(self.day))
        self._show()
        self.loaded.emit()

    def _recheck(self) -> None:
        assert self.timetable is not None
        self.conflicts = conflict_rules.detect(self.timetable, acknowledged=self.acknowledged)

    def _day_label(self, day: dt.date) -> str:
        locale = locale_for(self.language)
        return locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")

    def _day_chosen(self, index: int) -> None:
        if 0 <= index < len(self.days):
            self.day = self.days[index]
            self._show_grid()

    def _show(self) -> None:
        self._show_grid()
        self._show_unscheduled()
        self._show_conflicts()

    def _show_grid(self) -> None:
        if self.timetable is None or self.day is None:
            self.scene.clear()
            return
        selected = {item.session_id for item in self.scene.selectedItems() if isinstance(item, SessionBlock)}
        self.scene.show_day(self.timetable, self.day, self.language, self.conflicts, self.timetable.settings)
        for sid in selected:
            if sid in self.scene.blocks:
                self.scene.blocks[sid].setSelected(True)

    def _show_unscheduled(self) -> None:
        assert self.timetable is not None
        self.unscheduled.clear()
        for s in self.timetable.unscheduled:
            item = QListWidgetItem(f"{s.code} — {s.title(self.language)}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setToolTip(labels.label("session_type", s.type))
            item.setForeground(QBrush(QColor(TYPE_COLOURS.get(s.type, "#333"))))
            self.unscheduled.addItem(item)
        count = len(self.timetable.unscheduled)
        self.unscheduled_label.setText(self.tr("Not scheduled (%n)", "", count) + "\n"
                                       + self.tr("Drag onto the grid."))

    def _show_conflicts(self) -> None:
        self.conflict_list.clear()
        for c in self.conflicts:
            severity = self.tr("Error") if c.severity == "error" else self.tr("Warning")
            if c.acknowledged:
                severity = self.tr("Accepted")
            item = QTreeWidgetItem([severity, labels.label("conflict_kind", c.kind), translate_core(c.message)])
            item.setData(0, Qt.ItemDataRole.UserRole, c.fingerprint)
            item.setToolTip(2, translate_core(c.message))
            colour = "#9e9e9e" if c.acknowledged else (ERROR_COLOUR if c.severity == "error" else "#8a6d00")
            for column in range(3):
                item.setForeground(column, QBrush(QColor(colour)))
            self.conflict_list.addTopLevelItem(item)
        open_ = [c for c in self.conflicts if not c.acknowledged]
        accepted = len(self.conflicts) - len(open_)
        if not self.conflicts:
            text = self.tr("No conflicts: every room, person and booth is where it can be.")
        else:
            text = self.tr("%n conflict(s)", "", len(open_))
            if accepted:
                text += " " + self.tr("(%n accepted)", "", accepted)
        self.conflict_label.setText(text)
        self._conflict_selected()

    # -- conflicts --------------------------------------------------------------------

    def selected_conflict(self) -> Conflict | None:
        items = self.conflict_list.selectedItems()
        if not items:
            return None
        fingerprint = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((c for c in self.conflicts if c.fingerprint == fingerprint), None)

    def _conflict_selected(self) -> None:
        c = self.selected_conflict()
        self.ack_button.setEnabled(c is not None and (c.severity == "warning" or c.acknowledged))
        if c is not None and c.acknowledged:
            self.ack_button.setText(self.tr("Withdraw acceptance"))
        else:
            self.ack_button.setText(self.tr("Accept this warning"))
        if c is not None:
            self.ack_button.setToolTip(self.tr("Errors must be solved; a warning can be accepted deliberately."))
            self._show_conflict_sessions()

    def _show_conflict_sessions(self) -> None:
        c = self.selected_conflict()
        if c is None or self.timetable is None:
            return
        days = [self.timetable.session(sid).day for sid in c.session_ids]
        day = next((d for d in days if d is not None), None)
        if day is not None and day in self.days and day != self.day:
            self.day_tabs.setCurrentIndex(self.days.index(day))
        self.scene.clearSelection()
        for sid in c.session_ids:
            block = self.scene.blocks.get(sid)
            if block is not None:
                block.setSelected(True)
                self.view.ensureVisible(block)

    def toggle_acknowledgement(self) -> None:
        c = self.selected_conflict()
        if c is None:
            return
        try:
            if c.acknowledged:
                conflict_rules.unacknowledge(self.db, c.fingerprint, Actor())
                self.acknowledged.discard(c.fingerprint)
            elif c.severity == "warning":
                conflict_rules.acknowledge(self.db, c.fingerprint, "", Actor())
                self.acknowledged.add(c.fingerprint)
        except ConferenceDeskError as exc:
            self.message.setText(_problem_text(exc))
            return
        self._recheck()
        self._show_grid()
        self._show_conflicts()

    # -- changes -----------------------------------------------------------------

    def move_session(self, session_id: int, room_id: int | None, starts_at: dt.datetime | None,
                     ends_at: dt.datetime | None) -> bool:
        """Write a move; the conflicts follow at once.  False (and a message) if refused."""
        try:
            info = tt.move_session(self.db, session_id, room_id=room_id, starts_at=starts_at, ends_at=ends_at,
                                   actor=Actor())
        except ConferenceDeskError as exc:
            self.message.setText(self.tr("Not moved: %1").replace("%1", _problem_text(exc)))
            self._show_grid()  # the block goes back where it was
            return False
        if self.timetable is not None:
            self.timetable = self.timetable.replaced(info)
            if info.day is not None and info.day not in self.days:
                self.reload_now()
            else:
                self._recheck()
                self._show()
        where = self.tr("not scheduled")
        if info.starts_at and info.ends_at and self.timetable is not None:
            room = self.timetable.room(info.room_id)
            where = f"{room.name if room else ''}, {self._day_label(info.starts_at.date())}" \
                    f" {info.starts_at:%H:%M}–{info.ends_at:%H:%M}"
        self.message.setText(self.tr("%1 moved: %2.").replace("%1", info.code).replace("%2", where))
        self.data_changed.emit()
        return True

    def _dropped(self, session_id: int, room_id: int, starts_at: dt.datetime) -> None:
        if self.timetable is None:
            return
        info = self.timetable.session(session_id)
        minutes = DEFAULT_MINUTES if info.type != "break" else 30
        if info.starts_at and info.ends_at:
            minutes = int((info.ends_at - info.starts_at).total_seconds() // 60)
        self.move_session(session_id, room_id, starts_at, starts_at + dt.timedelta(minutes=minutes))

    def unschedule(self, session_id: int) -> None:
        self.move_session(session_id, None, None, None)

    def _block_menu(self, session_id: int, screen_pos: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), lambda: self.edit_session(session_id))
        menu.addAction(self.tr("Remove from the timetable"), lambda: self.unschedule(session_id))
        menu.exec(screen_pos)

    def new_session(self) -> None:
        self.edit_session(None)

    def edit_session(self, session_id: int | None) -> None:
        from .session_dialog import SessionDialog

        dialog = SessionDialog(self.db, session_id, self.language, self, default_day=self.day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload_now()
            self.data_changed.emit()

    def edit_settings(self) -> None:
        if self.timetable is None:
            return
        dialog = ProgrammeSettingsDialog(self.timetable.settings, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            tt.save_programme_settings(self.db, **dialog.values(), actor=Actor())
        except ConferenceDeskError as exc:
            self.message.setText(_problem_text(exc))
            return
        self.reload_now()

    # -- documents ---------------------------------------------------------------------

    def export(self, kind: str) -> None:
        suggestions = {"booklet": (f"programme-{self.language}.pdf", self.tr("PDF (*.pdf)")),
                       "ics": ("programme.ics", self.tr("Calendar (*.ics)")),
                       "door": (f"door-sheets-{self.day or 'all'}.pdf", self.tr("PDF (*.pdf)"))}
        name, filters = suggestions[kind]
        folder = QSettings().value("programme/export_folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(Path(str(folder)) / name), filters)
        if not path:
            return
        QSettings().setValue("programme/export_folder", str(Path(path).parent))
        self.write_document(kind, Path(path))

    def write_document(self, kind: str, path: Path) -> None:
        """Write the booklet, calendar or door sheets off the GUI thread."""
        from conference_desk.core.programme import booklet as programme_booklet, ics as programme_ics

        db, language, day = self.db, self.language, self.day

        def write(_progress: Any) -> Path:
            if kind == "booklet":
                programme_booklet.write_booklet(db, path, language)
            elif kind == "ics":
                programme_ics.write_ics(db, path, language)
            else:
                programme_booklet.write_door_sheets(db, path, language, day=day)
            return path

        self.message.setText(self.tr("Writing %1…").replace("%1", path.name))
        run_task(write, lambda p: self.message.setText(self.tr("Written: %1").replace("%1", str(p))),
                 lambda m: self.message.setText(self.tr("Export failed: %1").replace("%1", translate_core(m))),
                 owner=self)

    # -- language ---------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        if self.timetable is not None:
            for i, day in enumerate(self.days):
                self.day_tabs.setTabText(i, self._day_label(day))
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("New session…"))
        self.export_button.setText(self.tr("Documents"))
        self.booklet_action.setText(self.tr("Programme booklet (PDF)…"))
        self.ics_action.setText(self.tr("Calendar for phones and Outlook (.ics)…"))
        self.door_action.setText(self.tr("Door sheets for this day (PDF)…"))
        self.settings_button.setText(self.tr("Settings…"))
        self.conflict_list.setHeaderLabels([self.tr("Severity"), self.tr("Kind"), self.tr("What is wrong")])
        if self.timetable is not None:
            self._show_unscheduled()
            self._show_conflicts()

