"""Delegations & participants: find anyone in a second, edit, import, export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from conference_desk.core.foundation.db import Database
from conference_desk.core.foundation.errors import ConferenceDeskError
from conference_desk.core.foundation.info import get_conference
from conference_desk.core.foundation.models import ParticipantStatus, Region
from conference_desk.core.people.registration import (
    MATCH_CAP,
    Choice,
    DelegationRow,
    ParticipantQuery,
    category_choices,
    list_delegations,
    set_delegation_head,
)

from conference_desk.core.people.sensitive import SENSITIVE_PERMISSION

from ..common import labels, session_state
from .participant_form import ParticipantForm, RecordSection
from .participants_model import ID_ROLE, ParticipantTableModel
from ..common.tasks import make_progress_dialog, run_task
from ..common.core_messages import translate_core
from conference_desk.core.foundation.messages import message_of
from ..common.combos import refill_combo

SEARCH_DELAY_MS = 120


class ParticipantTable(QTableView):
    """A sortable table of participants; Enter or double-click opens the form."""

    open_requested = Signal(int)

    def __init__(self, model: ParticipantTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((150, 130, 190, 150, 200, 110, 190, 90, 90)):
            self.setColumnWidth(column, width)
        self.doubleClicked.connect(self._open_index)

    def selected_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        participant_id = index.data(ID_ROLE)
        if participant_id is not None:
            self.open_requested.emit(participant_id)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
            self.open_requested.emit(self.selected_id())
            return
        super().keyPressEvent(event)


class RegistrationScreen(QWidget):
    """Two tabs: Participants (search, filters, table) and Delegations (by region)."""

    data_changed = Signal()
    exported = Signal(str)

    def __init__(self, db: Database, language: str = "en", parent: QWidget | None = None,
                 record_sections: Mapping[str, RecordSection] | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.record_sections = dict(record_sections or {})
        self.language = language
        self.open_forms: list[ParticipantForm] = []

        # -- participants tab ------------------------------------------------
        self.model = ParticipantTableModel(db, language, self)
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.search.returnPressed.connect(self._search_enter)

        self.delegation_filter = QComboBox()
        self.delegation_filter.setObjectName("delegationFilter")
        self.delegation_filter.setMinimumContentsLength(22)
        self.category_filter = QComboBox()
        self.region_filter = QComboBox()
        self.arrival_filter = QComboBox()
        self.status_filter = QComboBox()
        for combo in (self.delegation_filter, self.category_filter, self.region_filter,
                      self.arrival_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self.apply_filters)
        # People an import left with a preference it could not resolve (hotel, room type, diet,
        # language): the text is on a line of their notes until someone settles it.
        self.unresolved_filter = QCheckBox()
        self.unresolved_filter.setObjectName("unresolvedPreferencesFilter")
        self.unresolved_filter.toggled.connect(self.apply_filters)
        # Member State names can be very long: the delegation filter keeps a fixed width.
        self.delegation_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.count_label = QLabel()
        self.count_label.setObjectName("participantCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._count_language = ""
        self.model.count_changed.connect(self._show_count)

        self.new_button = QPushButton()
        self.new_button.clicked.connect(lambda: self.open_participant(None))
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(lambda: self._open_selected(self.table))
        self.import_button = QPushButton()
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.open_import)
        self.duplicates_button = QPushButton()
        self.duplicates_button.clicked.connect(self.open_duplicates)
        self.badge_button = QPushButton()
        self.badge_button.setObjectName("printBadgeButton")
        self.badge_button.clicked.connect(self.print_badge)
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.export_actions = {
            kind: self.export_menu.addAction("", lambda k=kind: self.choose_export_file(k))
            for kind in ("participants_xlsx", "participants_csv", "delegations_xlsx", "delegations_csv",
                         "list_pdf")
        }
        # Organisers and administrators only (core/safety/privacy.py): phone, passport, date of birth in the export.
        self.export_menu.addSeparator()
        self.include_sensitive_action = self.export_menu.addAction("")
        self.include_sensitive_action.setObjectName("includeSensitive")
        self.include_sensitive_action.setCheckable(True)
        self.export_menu.aboutToShow.connect(self._update_sensitive_action)
        self.message = QLabel()
        self.message.setObjectName("registrationMessage")
        self.message.setWordWrap(True)

        self.table = ParticipantTable(self.model)
        self.table.setObjectName("participantTable")
        self.table.open_requested.connect(self.open_participant)

        # Two rows: five labelled lists side by side do not fit a 1366-pixel screen in French or Spanish.
        filters = QGridLayout()
        self.filter_labels = [QLabel() for _ in range(5)]
        for index, (label, combo) in enumerate(zip(self.filter_labels, (
                self.delegation_filter, self.category_filter, self.region_filter,
                self.arrival_filter, self.status_filter))):
            label.setBuddy(combo)
            row, column = divmod(index, 3)
            filters.addWidget(label, row, 2 * column)
            filters.addWidget(combo, row, 2 * column + 1)
        filters.addWidget(self.unresolved_filter, 1, 4, 1, 2)  # beside the two lists of the second row
        filters.setColumnStretch(6, 1)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.badge_button, self.import_button,
                       self.duplicates_button, self.export_button):
            actions.addWidget(button)
        actions.addWidget(self.message, 1)
        participants_tab = QWidget()
        participants_layout = QVBoxLayout(participants_tab)
        participants_layout.addLayout(top)
        participants_layout.addLayout(filters)
        participants_layout.addLayout(actions)
        participants_layout.addWidget(self.table, 1)

        # -- delegations tab -------------------------------------------------
        self.delegation_tree = QTreeWidget()
        self.delegation_tree.setObjectName("delegationTree")
        self.delegation_tree.setColumnCount(4)
        self.delegation_tree.setAlternatingRowColors(True)
        self.delegation_tree.setSortingEnabled(False)
        self.delegation_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.delegation_tree.currentItemChanged.connect(self._delegation_selected)
        self.member_model = ParticipantTableModel(db, language, self)
        self.member_model.update_query(delegation_id=-1)
        self.member_table = ParticipantTable(self.member_model)
        self.member_table.setObjectName("memberTable")
        self.member_table.open_requested.connect(self.open_participant)
        self.delegation_title = QLabel()
        font = self.delegation_title.font()
        font.setBold(True)
        font.setPointSize(int(font.pointSize() * 1.2))
        self.delegation_title.setFont(font)
        self.head_button = QPushButton()
        self.head_button.setObjectName("makeHeadButton")
        self.head_button.clicked.connect(self.make_head)
        self.add_member_button = QPushButton()
        self.add_member_button.clicked.connect(self._add_member)
        self.edit_member_button = QPushButton()
        self.edit_member_button.clicked.connect(lambda: self._open_selected(self.member_table))
        members_panel = QWidget()
        members_layout = QVBoxLayout(members_panel)
        members_layout.addWidget(self.delegation_title)
        member_actions = QHBoxLayout()
        for button in (self.add_member_button, self.edit_member_button, self.head_button):
            member_actions.addWidget(button)
        member_actions.addStretch(1)
        members_layout.addLayout(member_actions)
        members_layout.addWidget(self.member_table, 1)
        delegations_split = QSplitter(Qt.Orientation.Vertical)
        delegations_split.addWidget(self.delegation_tree)
        delegations_split.addWidget(members_panel)
        delegations_split.setSizes([380, 300])

        self.tabs = QTabWidget()
        self.tabs.addTab(participants_tab, "")
        self.tabs.addTab(delegations_split, "")
        self._tree_stale = True
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.delegations: list[DelegationRow] = []
        self.retranslate()
        self.reload_delegations()

    # -- filters -----------------------------------------------------------------

    def current_query(self) -> ParticipantQuery:
        region = self.region_filter.currentData()
        status = self.status_filter.currentData()
        arrival = self.arrival_filter.currentData()
        return ParticipantQuery(
            search=self.search.text(),
            delegation_id=self.delegation_filter.currentData(),
            category_id=self.category_filter.currentData(),
            region=Region(region) if region else None,
            arrival_date=dt.date.fromisoformat(arrival) if arrival else None,
            status=ParticipantStatus(status) if status else None,
            unresolved_preferences=self.unresolved_filter.isChecked(),
            order_by=self.model.query.order_by,
            descending=self.model.query.descending,
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_query(self.current_query())
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _search_enter(self) -> None:
        self.apply_filters()
        if self.model.rowCount() == 1:
            self.open_participant(self.model.index(0, 0).data(ID_ROLE))
        elif self.model.rowCount():
            self.table.setFocus()

    def _show_count(self, count: int) -> None:
        broad = self.tr("More than %1 participants: keep typing").replace("%1", QLocale().toString(MATCH_CAP))
        if self.model.exact:
            shown = self.tr("%n participant(s)", "", count)
        else:
            shown = self.tr("More than %1 participants: keep typing").replace("%1", QLocale().toString(count))
        self._set_count_text(shown, broad)

    def _set_count_text(self, shown: str, widest: str = "") -> None:
        """A label that changes width on every keystroke makes the layout move the search box and
        repaint the whole screen (issue 17: keystroke to repaint).  Fixed at the widest text it
        shows in this language, it repaints alone."""
        metrics = self.count_label.fontMetrics()
        width = max(metrics.horizontalAdvance(widest), metrics.horizontalAdvance(shown)) + 2 * metrics.averageCharWidth()
        if width > self.count_label.maximumWidth() or self._count_language != self.language:
            self._count_language = self.language
            self.count_label.setFixedSize(width, self.count_label.sizeHint().height())
        self.count_label.setText(shown)

    # -- participants --------------------------------------------------------------

    def _open_selected(self, table: ParticipantTable) -> None:
        participant_id = table.selected_id()
        if participant_id is not None:
            self.open_participant(participant_id)

    def open_participant(self, participant_id: int | None, member_state_id: int | None = None,
                         delegation_label: str = "") -> ParticipantForm | None:
        read_only = getattr(self, "read_only", False)
        if read_only and participant_id is None:
            return None
        try:
            form = ParticipantForm(self.db, participant_id, self.language, self, read_only=read_only,
                                   sections=self.record_sections)
        except ConferenceDeskError as exc:
            self._set_count_text(translate_core(message_of(exc)))
            return None
        if delegation_label:
            form.delegation.setEditText(delegation_label)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.saved.connect(self._saved)
        form.finished.connect(lambda _result, f=form: self.open_forms.remove(f) if f in self.open_forms else None)
        self.open_forms.append(form)
        form.open()
        return form

    def _saved(self, participant_id: int) -> None:
        self.refresh()
        row = self.model.row_of_id(participant_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.data_changed.emit()

    def refresh(self) -> None:
        self.model.refresh()
        self.member_model.refresh()
        self.reload_delegations()

    # -- delegations ------------------------------------------------------------------

    def reload_delegations(self) -> None:
        """The filters' lists, and the Delegations tab's tree when it is on show.

        The tree's member counts and arrivals per day are aggregates over every participant
        (0.4 s of the screen's first visit on 100,000, issue 17): while the tab is hidden they
        are not read, and the tree is made again when the tab is opened."""
        tree_shown = self.tabs.currentIndex() == 1
        with self.db.session() as session:
            self.delegations = list_delegations(session, self.language, counts=tree_shown)
            categories = category_choices(session, self.language)
            conference = get_conference(session)
            first_day = conference.arrival_date - dt.timedelta(days=2)
            last_day = conference.departure_date
        self._tree_stale = not tree_shown
        if tree_shown:
            self._fill_delegation_tree()
        self._fill_filters(categories, first_day, last_day)

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._tree_stale:
            self.reload_delegations()
            self._update_delegation_title()

    def _fill_delegation_tree(self) -> None:
        selected = self.delegation_tree.currentItem()
        selected_id = selected.data(0, Qt.ItemDataRole.UserRole) if selected else None

        self.delegation_tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for delegation in self.delegations:
            group_key = delegation.region or delegation.kind
            if group_key not in groups:
                title = labels.label("region", group_key) if delegation.region else labels.label("delegation_kind", group_key)
                group = QTreeWidgetItem(self.delegation_tree, [title])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                groups[group_key] = group
            arrivals = ", ".join(
                f"{QLocale().toString(QDate.fromString(day, Qt.DateFormat.ISODate), 'd MMM')}: {n}"
                for day, n in delegation.arrivals.items()
            )
            item = QTreeWidgetItem(groups[group_key], [delegation.name, delegation.head_name,
                                                       str(delegation.members), arrivals])
            item.setData(0, Qt.ItemDataRole.UserRole, delegation.id)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if selected_id == delegation.id:
                self.delegation_tree.setCurrentItem(item)
        for group in groups.values():
            count = group.childCount()
            members = sum(int(group.child(i).text(2)) for i in range(count))
            group.setText(0, self.tr("%1 — %n delegation(s)", "", count).replace("%1", group.text(0)))
            group.setText(2, str(members))
        self.delegation_tree.expandAll()
        self.delegation_tree.resizeColumnToContents(1)

    def _fill_filters(self, categories: list[Choice], first_day: dt.date, last_day: dt.date) -> None:
        refill_combo(self.delegation_filter, [(None, self.tr("All delegations"))] +
                [(d.id, d.name) for d in sorted(self.delegations, key=lambda d: d.name.casefold())])
        refill_combo(self.category_filter, [(None, self.tr("All categories"))] + [(c.id, c.label) for c in categories])
        refill_combo(self.region_filter, [(None, self.tr("All regions"))] + [
            (region.value, labels.label("region", region.value)) for region in Region])
        days = []
        day = first_day
        while day <= last_day:
            # In the language's words (QDate.toString with a format speaks English in Qt 6).
            days.append((day.isoformat(), QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")))
            day += dt.timedelta(days=1)
        refill_combo(self.arrival_filter, [(None, self.tr("Any arrival day"))] + days)
        refill_combo(self.status_filter, [(None, self.tr("Any status"))] + labels.items("status"))
        for combo in (self.category_filter, self.region_filter, self.arrival_filter, self.status_filter):
            combo.setMinimumWidth(combo.sizeHint().width())  # never narrower than its longest choice
        self.model.status_labels = dict(labels.items("status"))
        self.member_model.status_labels = self.model.status_labels

    def selected_delegation(self) -> DelegationRow | None:
        item = self.delegation_tree.currentItem()
        delegation_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((d for d in self.delegations if d.id == delegation_id), None)

    def _delegation_selected(self) -> None:
        delegation = self.selected_delegation()
        self.member_model.update_query(delegation_id=delegation.id if delegation else -1)
        self._update_delegation_title()

    def _update_delegation_title(self) -> None:
        delegation = self.selected_delegation()
        if delegation is None:
            self.delegation_title.setText(self.tr("Choose a delegation to see its members."))
            return
        head = delegation.head_name or self.tr("no head of delegation yet")
        self.delegation_title.setText(
            self.tr("%1 — head of delegation: %2").replace("%1", delegation.name).replace("%2", head))

    def make_head(self) -> None:
        delegation = self.selected_delegation()
        participant_id = self.member_table.selected_id()
        if delegation is None or participant_id is None:
            return
        try:
            set_delegation_head(self.db, delegation.id, participant_id)
        except ConferenceDeskError as exc:
            self.delegation_title.setText(translate_core(message_of(exc)))
            return
        self.reload_delegations()
        self._update_delegation_title()
        self.data_changed.emit()

    def _add_member(self) -> None:
        delegation = self.selected_delegation()
        self.open_participant(None, delegation_label=delegation.name if delegation else "")

    # -- import / duplicates / export (dialogs from their own modules) ---------------------

    def open_import(self) -> None:
        from .import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_bulk_change)
        dialog.open()
        self.last_dialog = dialog

    def open_duplicates(self) -> None:
        from .duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._after_bulk_change)
        dialog.open()
        self.last_dialog = dialog

    def choose_export_file(self, kind: str) -> QFileDialog:
        suffix = kind.rsplit("_", 1)[1]
        dialog = QFileDialog(self, self.export_actions[kind].text().rstrip("…"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.setNameFilter(f"{suffix.upper()} (*.{suffix})")
        dialog.selectFile(f"{kind.split('_')[0]}.{suffix}")
        dialog.fileSelected.connect(lambda path, k=kind: self.export_to(k, path))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def export_to(self, kind: str, path: str) -> None:
        """Write an export off the GUI thread, with progress and Cancel."""
        from conference_desk.core.people.participant_list import build_participant_list
        from conference_desk.core.people.exporting import export_delegations, export_participants

        from conference_desk.core.foundation.files import record_export

        db, lang, query = self.db, self.language, self.current_query()
        actor = session_state.current_actor()
        sensitive = self.include_sensitive()
        what, fmt = kind.rsplit("_", 1)
        if what == "participants":
            work = lambda progress: export_participants(db, path, fmt, lang, query, progress,  # noqa: E731
                                                        include_sensitive=sensitive, actor=actor)
        elif what == "delegations":
            work = lambda progress: export_delegations(db, path, fmt, lang, progress, actor=actor)  # noqa: E731
        else:
            def work(progress):  # type: ignore[no-untyped-def]
                result = build_participant_list(db, path, lang, progress)
                record_export(db, "List of Participants", path, "pdf", result.rows, False, actor)
                return result
        dialog = make_progress_dialog(self, self.tr("Exporting to %1…").replace("%1", path), self.tr("Export"))
        self.message.setText("")
        run_task(work, self._exported, self._export_failed, owner=self, progress_dialog=dialog)

    def include_sensitive(self) -> bool:
        """Whether a participants export includes the sensitive fields (ticked, and the role may)."""
        return self.include_sensitive_action.isChecked() and session_state.may(SENSITIVE_PERMISSION)

    def _update_sensitive_action(self) -> None:
        allowed = session_state.may(SENSITIVE_PERMISSION)
        self.include_sensitive_action.setVisible(allowed)
        if not allowed:
            self.include_sensitive_action.setChecked(False)

    def _exported(self, result: object) -> None:
        rows = getattr(result, "rows", 0)
        self.message.setText(self.tr("Exported %n row(s) to %2.", "", rows)
                             .replace("%2", str(getattr(result, "path", ""))))
        self.exported.emit(str(getattr(result, "path", "")))

    def _export_failed(self, message: str) -> None:
        self.message.setText(self.tr("Export failed: %1").replace("%1", translate_core(message)))

    def print_badge(self) -> None:
        """Two clicks at the desk: select the person, print (a reprint asks why)."""
        from conference_desk.core.badges import service

        from ..common.badge_printing import BadgePrinting

        participant_id = self.table.selected_id()
        if participant_id is None:
            return
        if not hasattr(self, "badge_printing"):
            self.badge_printing = BadgePrinting(self.db, self)
            self.badge_printing.message.connect(self.message.setText)
            self.badge_printing.finished.connect(lambda _r: self.data_changed.emit())
        row = self.model.row_at(self.table.currentIndex().row())
        if service.has_printed_badge(self.db, participant_id):
            self.badge_printing.ask_reprint(participant_id, row.badge_name if row else "")
        else:
            self.badge_printing.print_single(participant_id)

    def _after_bulk_change(self) -> None:
        self.refresh()
        self.data_changed.emit()

    # -- language -------------------------------------------------------------------------

    def set_read_only(self, read_only: bool) -> None:
        """A desk clerk looks people up but does not edit, import or merge (core/desks/operators.py)."""
        self.read_only = read_only
        for button in (self.new_button, self.edit_button, self.import_button, self.duplicates_button,
                       self.head_button, self.add_member_button, self.edit_member_button):
            button.setVisible(not read_only)

    def set_language(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        self.model.set_language(language)
        self.member_model.set_language(language)
        self.reload_delegations()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Participants"))
        self.tabs.setTabText(1, self.tr("Delegations"))
        self.search.setPlaceholderText(self.tr("Search by name, organisation, city or e-mail…"))
        for label, text in zip(self.filter_labels, (self.tr("Delegation:"), self.tr("Category:"),
                                                    self.tr("Region:"), self.tr("Arrival:"), self.tr("Status:"))):
            label.setText(text)
        self.unresolved_filter.setText(self.tr("Unresolved preferences"))
        self.unresolved_filter.setToolTip(self.tr(
            "Only people whose hotel, room type, diet or language an import could not resolve: the text from "
            "the file is on a line of their notes. Setting the preference in the form removes that line."))
        self.new_button.setText(self.tr("&New participant"))
        self.edit_button.setText(self.tr("&Edit"))
        self.import_button.setText(self.tr("&Import…"))
        self.duplicates_button.setText(self.tr("Find &duplicates…"))
        self.badge_button.setText(self.tr("Print &badge"))
        self.export_button.setText(self.tr("E&xport"))
        self.export_actions["participants_xlsx"].setText(self.tr("Participants as shown (Excel)…"))
        self.export_actions["participants_csv"].setText(self.tr("Participants as shown (CSV)…"))
        self.export_actions["delegations_xlsx"].setText(self.tr("Delegations (Excel)…"))
        self.export_actions["delegations_csv"].setText(self.tr("Delegations (CSV)…"))
        self.export_actions["list_pdf"].setText(self.tr("List of Participants (PDF)…"))
        self.include_sensitive_action.setText(
            self.tr("Include phone, passport number and date of birth (participants only)"))
        self.add_member_button.setText(self.tr("Add member"))
        self.edit_member_button.setText(self.tr("Edit member"))
        self.head_button.setText(self.tr("Make head of delegation"))
        self.delegation_tree.setHeaderLabels([self.tr("Delegation"), self.tr("Head of delegation"),
                                              self.tr("Members"), self.tr("Arrivals")])
        self._show_count(self.model.rowCount())
        self._update_delegation_title()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.delegations:
            self.reload_delegations()
