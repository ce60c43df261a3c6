"""The timetable grid of the Programme screen: a day's rooms as columns, time as rows, sessions as blocks.

A block is dragged to another room or time (snapped to ``SNAP_MINUTES``) or
resized by its lower edge; the scene reports the move (``session_moved``) and
the screen writes it.  Room names and hours stay in sight while the grid
scrolls (the view draws them in front).  Sessions without a time or room wait in
a list and are dragged onto the grid (``MIME``: their ids).  Blocks are
coloured by session type and outlined when they have open conflicts.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
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
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QListWidget,
    QListWidgetItem,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from conference_desk.core.programme import timetable as tt
from conference_desk.core.programme.conflicts import Conflict
from conference_desk.core.programme.timetable import SessionInfo, Timetable

from ..common import labels
from ..common.core_messages import translate_core

MIME = "application/x-conference-desk-session"
SNAP_MINUTES = 5
MIN_MINUTES = 15
HEADER_H = 34.0
TIME_W = 52.0
COL_W = 176.0
PX_PER_MIN = 1.0
RESIZE_GRIP = 7.0

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
