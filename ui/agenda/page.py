"""The agenda page (今天 / 本周): what is due across communities, by day, overdue first.

Space marks the selected item done (again: open), S skips it, M moves it to a day, Enter
opens it in its tab, Ctrl+C copies its text filled in, ready to paste into the chat app.
Every action is one undo step and shows in the source table at once.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QSpinBox, QSplitter, QTableView, QVBoxLayout,
                               QWidget)

from app import domain
from app.errors import UserError
from app.services import agenda, communities
from ui.shell.undo import Undo
from ui.widgets import dialogs, icons, style
from ui.widgets.date_edit import date_edit

ITEM = Qt.ItemDataRole.UserRole
RANGES = (("today", 1), ("week", 7), ("month", 30), ("custom", None))


class MoveDialog(QDialog):
    """Ask for the day to move an item to."""

    def __init__(self, day: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to…"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.date = date_edit()
        self.date.setDate(QDate(day))
        form.addRow(self.tr("New day:"), self.date)
        layout.addLayout(form)
        from PySide6.QtWidgets import QDialogButtonBox
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def day(self) -> dt.date:
        return self.date.date().toPython()


class AgendaModel(QAbstractTableModel):
    """The agenda as one flat list: a title row per day (and for the overdue and undated groups),
    then its items. A model rather than widgets per row: a busy week of 50 communities has
    thousands of items, and the view asks only for the rows it shows."""

    def __init__(self, headers: list[str], parent=None):
        super().__init__(parent)
        self.headers = headers
        self.groups: list[tuple[str, str, list[agenda.Item]]] = []  # (title, kind, items)
        self.rows: list = []  # per row: (title, kind) of a group, or an agenda.Item
        self.labels: dict[str, tuple[str, ...]] = {}  # item key -> its cells, made when first shown
        self.cells = lambda item: ("",) * len(headers)

    def set_groups(self, groups, cells) -> None:
        self.beginResetModel()
        self.groups, self.cells, self.labels = groups, cells, {}
        self.rows = [row for title, kind, items in groups for row in ((title, kind), *items)]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def item(self, index) -> agenda.Item | None:
        row = self.rows[index.row()] if index.isValid() else None
        return row if isinstance(row, agenda.Item) else None

    def flags(self, index):
        if self.item(index) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col, item = index.column(), self.rows[index.row()]
        if not isinstance(item, agenda.Item):
            title, kind = item
            if role == Qt.ItemDataRole.DisplayRole and col == 0:
                return title
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole and kind == "overdue":
                return QBrush(style.tone("danger"))
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if item.key not in self.labels:
                self.labels[item.key] = self.cells(item)
            text = self.labels[item.key][col]
            return text or None
        if role == ITEM:
            return item
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.done:
                return QBrush(style.tone("muted"))
            if item.overdue and col == 0:
                return QBrush(style.tone("danger"))
        if role == Qt.ItemDataRole.FontRole and item.done and col == 3:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class AgendaPage(QWidget):
    open_requested = Signal(int, dict)  # community id, where (as the overview's gaps)
    counts_changed = Signal(dict)       # agenda.Agenda.counts() of today's view, for the list and the title

    def __init__(self, undo: Undo, today=dt.date.today, parent=None):
        super().__init__(parent)
        self.undo, self.today = undo, today
        self.view: agenda.Agenda | None = None
        self._stale = True
        undo.bus.changed.connect(lambda *_: self.mark_stale())
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        title = QLabel(self.tr("Agenda"))
        style.set_role(title, "title")
        head.addWidget(title)
        self.summary = QLabel()
        head.addWidget(self.summary, 1)
        layout.addLayout(head)

        bar = QHBoxLayout()
        self.community_combo = QComboBox()
        self.community_combo.setMinimumWidth(200)
        self.community_combo.activated.connect(lambda _: self.mark_stale())
        bar.addWidget(self.community_combo)
        self.range_combo = QComboBox()
        for (key, _days), text in zip(RANGES, (self.tr("Today"), self.tr("Next 7 days"), self.tr("Next 30 days"),
                                               self.tr("Chosen range…"))):
            self.range_combo.addItem(text, key)
        self.range_combo.setCurrentIndex(1)
        self.range_combo.activated.connect(self._range_changed)
        bar.addWidget(self.range_combo)
        self.start_edit = date_edit()
        self.start_edit.setDate(QDate(self.today()))
        self.start_edit.dateChanged.connect(lambda _: self.mark_stale())
        self.days_spin = QSpinBox(minimum=1, maximum=366, value=7, suffix=self.tr(" days"))
        self.days_spin.valueChanged.connect(lambda _: self.mark_stale())
        for w in (self.start_edit, self.days_spin):
            w.hide()
            bar.addWidget(w)
        bar.addStretch(1)
        self.buttons = icons.button_row(bar, (
                ("done", self.tr("Done"), self.tr("Mark done; again to open it (Space)"), self.toggle_done),
                ("skip", self.tr("Skip"), self.tr("Skip this one (S)"), lambda: self.act("skip")),
                ("move", self.tr("Move to…"), self.tr("Move to another day (M)"), self.move),
                ("open", self.tr("Open"), self.tr("Open the row in its tab (Enter)"), self.open_selected),
                ("copy", self.tr("Copy text"), self.tr("Copy the text filled in, ready to paste (Ctrl+C)"),
                 self.copy_text),
                ("ics", self.tr("Export to phone calendar…"),
                 self.tr("An .ics file with a reminder at each item's time: import it into the phone's calendar"),
                 self.export_ics)))
        layout.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        self.tree = QTableView()
        self.model = AgendaModel([self.tr("Time"), self.tr("Community"), self.tr("Source"), self.tr("Task"),
                                  self.tr("Owner"), self.tr("Script or action")], self)
        self.tree.setModel(self.model)
        self.tree.setShowGrid(False)
        self.tree.verticalHeader().hide()
        self.tree.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setWordWrap(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((104, 150, 84, 260, 90)):
            header.resizeSection(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.activated.connect(lambda _index: self.open_selected())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_text())
        split.addWidget(self.tree)
        preview = QWidget()
        box = QVBoxLayout(preview)
        box.setContentsMargins(0, 4, 0, 0)
        self.preview_title = QLabel()
        style.set_role(self.preview_title, "heading")
        box.addWidget(self.preview_title)
        self.preview = QPlainTextEdit(readOnly=True)
        box.addWidget(self.preview, 1)
        self.unknown = QLabel(wordWrap=True)
        style.set_tone(self.unknown, "warning")
        box.addWidget(self.unknown)
        split.addWidget(preview)
        split.setSizes([420, 160])
        layout.addWidget(split, 1)
        self.empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)

        for keys, slot in ((Qt.Key.Key_Space, self.toggle_done), (Qt.Key.Key_S, lambda: self.act("skip")),
                           (Qt.Key.Key_M, self.move), (QKeySequence.StandardKey.Copy, self.copy_text)):
            QShortcut(QKeySequence(keys), self.tree, activated=slot, context=Qt.ShortcutContext.WidgetShortcut)

    # -- loading
    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event):
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _range_changed(self, _index=None) -> None:
        custom = self.range_combo.currentData() == "custom"
        self.start_edit.setVisible(custom)
        self.days_spin.setVisible(custom)
        self.mark_stale()

    def set_community(self, community_id: int | None) -> None:
        """Show one community (None: all)."""
        self._fill_communities()
        self.community_combo.setCurrentIndex(max(0, self.community_combo.findData(community_id or 0)))
        self.mark_stale()

    def _fill_communities(self) -> None:
        rows = communities.list_communities()
        names = [(r["id"], r["name"]) for r in rows]
        if names == getattr(self, "_names", None):
            return  # (the usual case: a reload after marking an item)
        self._names = names
        keep = self.community_combo.currentData()
        self.community_combo.blockSignals(True)
        self.community_combo.clear()
        self.community_combo.addItem(self.tr("All communities"), 0)
        for cid, name in names:
            self.community_combo.addItem(name, cid)
        self.community_combo.setCurrentIndex(max(0, self.community_combo.findData(keep or 0)))
        self.community_combo.blockSignals(False)

    def _range(self) -> tuple[dt.date, int]:
        key = self.range_combo.currentData()
        if key == "custom":
            return self.start_edit.date().toPython(), self.days_spin.value()
        return self.today(), dict(RANGES)[key]

    def reload(self) -> None:
        self._stale = False
        self._fill_communities()
        chosen = self.community_combo.currentData()
        start, days = self._range()
        keep = self.current_item().key if self.current_item() else None
        self.view = view = agenda.build([chosen] if chosen else None, start, days, self.today())
        if view.start <= view.today <= view.end:
            counts = view.counts()
            if not chosen:  # every community's counts: the list, the title and the home page show them
                self.counts_changed.emit(counts)
            self.summary.setText(self.tr("{today} due today · {overdue} overdue").format(**counts))
            style.set_tone(self.summary, "danger" if counts["overdue"] else None)
        else:
            self.summary.setText(self.tr("{n} items").format(n=len(view.items)))
            style.set_tone(self.summary, None)
        groups = [(self._group_title(kind, day, items), kind, items) for kind, day, items in view.groups()]
        if view.undated:
            groups.append((self._group_title("undated", None, view.undated), "undated", view.undated))
        self.model.set_groups(groups, self._cells)
        self.tree.clearSpans()
        row = 0
        for _title, _kind, items in groups:  # a day's title spans the row
            self.tree.setSpan(row, 0, 1, self.model.columnCount())
            row += 1 + len(items)
        self.empty.setVisible(not view.items and not view.undated)
        self.tree.setVisible(bool(view.items or view.undated))
        self.empty.setText(self.tr(
            "Nothing is due in these days. The agenda gathers the dated rows of the SOP tables, events, "
            "calendar entries, hand-overs, goals, milestones and risk reviews; template suggestions join it "
            "once accepted."))
        self.select(keep) or self.select(groups[0][2][0].key if groups and groups[0][2] else None)
        self._show_text()

    def _group_title(self, kind: str, day: dt.date | None, items: list) -> str:
        n = len(items)
        if kind == "overdue":
            return self.tr("Overdue ({n})").format(n=n)
        if kind == "undated":
            return self.tr("Undated ({n}): the timing gives no day").format(n=n)
        today = self.view.today
        weekday = domain.pick((f"周{'一二三四五六日'[day.weekday()]}", f"{day:%A}"))
        label = (self.tr("Today") if day == today else self.tr("Tomorrow") if day == today + dt.timedelta(days=1)
                 else weekday)
        done = sum(i.done for i in items)
        return f"{label} · {day.isoformat()}" + (f" {weekday}" if label != weekday else "") + f"   {done}/{n}"

    def _cells(self, item: agenda.Item) -> tuple[str, ...]:
        when = item.time or ("—" if item.date else "")
        if item.overdue and item.date:
            when = f"{item.date:%m-%d} {item.time}".strip()
        task = item.task + (f"  ({item.reason})" if item.reason else "")
        if item.until:
            task += "  " + self.tr("(until {date})").format(date=item.until.isoformat())
        return (when, item.community, domain.pick(agenda.SOURCE_NAMES[item.source]), task, item.owner, item.detail)

    def select(self, key: str | None) -> bool:
        """Make the item with this key current (True), if it is listed."""
        for r, row in enumerate(self.model.rows):
            if isinstance(row, agenda.Item) and row.key == key:
                index = self.model.index(r, 0)
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return True
        return False

    def current_item(self) -> agenda.Item | None:
        return self.model.item(self.tree.currentIndex())

    def _show_text(self) -> None:
        item = self.current_item()
        if item is None or not item.text:
            self.preview_title.setText(self.tr("Select an item to see the text to post.") if item is None
                                       else self.tr("No script or action text for this item."))
            self.preview.setPlainText("")
            self.unknown.setText("")
            return
        text, left = agenda.filled_text(item)
        self.preview_title.setText(item.detail or item.task)
        self.preview.setPlainText(text)
        self.unknown.setText(self.tr("Not filled in: {names}. Fill them by hand before posting, or correct the "
                                     "script.").format(names=" ".join("{" + n + "}" for n in left)) if left else "")

    # -- actions
    def act(self, action: str, to: dt.date | None = None) -> None:
        item = self.current_item()
        if item is None or (action != "move" and item.reason):
            return
        texts = {"done": self.tr("Mark done"), "skip": self.tr("Skip"), "reopen": self.tr("Open again"),
                 "move": self.tr("Move to another day")}
        try:
            self.undo.run(f"{texts[action]}: {item.task}",
                          lambda state: state.update(record=agenda.act(item, action, to)),
                          lambda state: agenda.undo(state["record"]), item.community_id, agenda.AREAS[item.source])
        except UserError as exc:
            dialogs.refuse(self, exc)

    def toggle_done(self) -> None:
        item = self.current_item()
        if item is not None:
            self.act("reopen" if item.done else "done")

    def move(self) -> None:
        item = self.current_item()
        if item is None:
            return
        dialog = MoveDialog(item.date or self.today(), self)
        if dialogs.run(dialog):
            self.act("move", dialog.day())

    def open_selected(self) -> None:
        item = self.current_item()
        if item is not None:
            self.open_requested.emit(item.community_id, item.where)

    def copy_text(self) -> None:
        item = self.current_item()
        if item is None:
            return
        text, _ = agenda.filled_text(item) if item.text else (item.task, [])
        QGuiApplication.clipboard().setText(text)
        window = self.window()
        if hasattr(window, "statusBar"):  # (in the main window; a test may show the page alone)
            window.statusBar().showMessage(self.tr("Copied: {title}").format(title=item.detail or item.task), 4000)

    def export_ics(self) -> None:
        if self.view is None:
            return
        from ui.shell.settings import last_folder, remember_folder
        from ui.widgets import long_work
        from exports import agenda_ics
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agenda"), f"{last_folder()}/agenda.ics",
                                              self.tr("iCalendar (*.ics)"))
        if not path:
            return
        view = self.view
        if long_work.attempt(self, self.tr("Export the agenda"), lambda report: agenda_ics.export(view, path)):
            remember_folder(path)
