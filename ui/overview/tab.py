"""The plan overview (first tab of every community): the method's steps in order with their
state, under each its gaps as links to the exact place, the completeness, the lifecycle
stage with its checklist, and the template suggestions still to review.

It follows every edit through the change bus: a change re-reads only the tables of the
area that changed (app.services.overview.load with `areas`), so tab counts stay current
even while another tab is in front.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QProgressBar, QPushButton, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from app import domain
from app.errors import UserError
from app.services import lifecycle, overview, suggestions
from ui.widgets.area_tab import EVERYTHING, AreaTab
from ui.shell.undo import Undo
from ui.widgets import style

AREA = "lifecycle"
STATE_MARKS = {"done": ("✓", QColor(22, 163, 74)), "partly": ("◐", QColor(217, 119, 6)),
               "missing": ("○", QColor(220, 38, 38))}  # (readable on the light and the dark theme)
WHERE = Qt.ItemDataRole.UserRole


class OverviewTab(AreaTab):
    AREAS = tuple(overview.AREA_TABLES)
    updated = Signal(object)        # the Overview just computed
    open_requested = Signal(dict)   # a gap's `where`

    def __init__(self, undo: Undo, today=dt.date.today, parent=None):
        super().__init__(undo, parent)
        self.today = today
        self.data: dict | None = None
        self.view: overview.Overview | None = None
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("overview_title")
        style.set_role(self.title, "title")
        head.addWidget(self.title)
        self.progress = QProgressBar(maximum=len(overview.STEPS), textVisible=False)
        self.progress.setMaximumHeight(10)
        head.addWidget(self.progress, 1)
        self.export_button = QPushButton(self.tr("Export the plan (Word, PDF, Excel)…"))
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.intro = QLabel(self.tr("Work down the steps of the method. Click a gap to go to the place that "
                                    "fills it; the overview follows every change."), wordWrap=True)
        layout.addWidget(self.intro)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._open_item)
        self.tree.itemClicked.connect(self._open_item)
        split.addWidget(self.tree)

        side = QWidget()
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        stage_box = QGroupBox(self.tr("Lifecycle stage"))
        stage_layout = QVBoxLayout(stage_box)
        row = QHBoxLayout()
        self.stage_combo = QComboBox()
        self.stage_combo.addItem(self.tr("Not set"), None)
        for code in domain.STAGES:
            self.stage_combo.addItem(domain.label(domain.STAGES, code), code)
        self.stage_combo.activated.connect(lambda _: self.set_stage(self.stage_combo.currentData()))
        row.addWidget(self.stage_combo, 1)
        stage_layout.addLayout(row)
        self.hint = QLabel(wordWrap=True)
        style.set_tone(self.hint, "warning")
        stage_layout.addWidget(self.hint)
        self.take_hint = QPushButton(self.tr("Change the stage"))
        self.take_hint.clicked.connect(lambda: self.view and self.view.stage_hint
                                       and self.set_stage(self.view.stage_hint[0]))
        stage_layout.addWidget(self.take_hint)
        self.tasks_label = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        stage_layout.addWidget(self.tasks_label)
        self.tasks = QListWidget()
        self.tasks.itemChanged.connect(self._task_ticked)
        stage_layout.addWidget(self.tasks, 1)
        side_box.addWidget(stage_box, 1)

        self.suggestion_box = QGroupBox(self.tr("Template suggestions"))
        sug = QVBoxLayout(self.suggestion_box)
        self.suggestion_label = QLabel(wordWrap=True)
        sug.addWidget(self.suggestion_label)
        buttons = QHBoxLayout()
        self.accept_all = QPushButton(self.tr("Accept all"))
        self.accept_all.clicked.connect(self._accept_all)
        self.clear_all = QPushButton(self.tr("Clear all"))
        self.clear_all.clicked.connect(self._clear_all)
        buttons.addWidget(self.accept_all)
        buttons.addWidget(self.clear_all)
        buttons.addStretch(1)
        sug.addLayout(buttons)
        side_box.addWidget(self.suggestion_box)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 400])
        layout.addWidget(split, 1)

    # -- data: follows the bus even when hidden (the tab titles show its counts)
    def set_community(self, community_id):
        self.data = None
        super().set_community(community_id)
        self.recompute()

    def _changed(self, community_id: int, area: str) -> None:
        if community_id == self.community_id and (area in self.AREAS or area == EVERYTHING):
            self.recompute(None if area == EVERYTHING else (area,))

    def recompute(self, areas: tuple[str, ...] | None = None) -> None:
        cid = self.community_id
        if cid is None:
            self.view = None
            return
        today = self.today()
        cache = self.data if areas is not None and self.data is not None else None
        self.data = overview.load([cid], None if cache is None else areas, {cid: cache} if cache else None,
                                  today)[cid]
        if not self.data.get("community"):  # deleted meanwhile
            self.view = None
            return
        self.view = overview.compute(self.data, today)
        self.updated.emit(self.view)
        self.mark_stale()

    # -- showing
    def reload(self):
        view = self.view
        if view is None:
            return
        self.title.setText(self.tr("Plan: {done} of {steps} steps done").format(done=view.done, steps=len(view.steps)))
        self.progress.setValue(view.done)
        self.tree.clear()
        # colours, not QBrush: a QBrush made in Python brings QGradient's ~180 enum members to
        # start-up; a QColor converts on the C++ side
        link = self.palette().color(QPalette.ColorRole.Link)
        for step in view.steps:
            mark, colour = STATE_MARKS[step.state]
            item = QTreeWidgetItem([f"{mark}  {step.title}" + (f"  ({len(step.gaps)})" if step.gaps else "")])
            item.setForeground(0, colour)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setData(0, WHERE, {"step": step.key, **({"tab": step.gaps[0].area} if step.gaps else {})})
            for gap in step.gaps:
                child = QTreeWidgetItem([f"→ {gap.message}"])
                child.setForeground(0, link)
                child.setData(0, WHERE, gap.where)
                child.setToolTip(0, self.tr("Click to open"))
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(step.state != "done")
        self._show_stage(view)
        n = sum(view.suggestions.values())
        self.suggestion_box.setVisible(n > 0)
        names = {"sop": self.tr("SOP tables"), "roles": self.tr("Roles & rules"), "calendar": self.tr("Content calendar"),
                 "plan": self.tr("Plan & risks"), "scripts": self.tr("Scripts")}
        self.suggestion_label.setText(self.tr("{n} template texts are still suggestions ({where}). They do not count "
                                              "as your plan until you edit or accept them.").format(
            n=n, where=" · ".join(f"{names[a]} {k}" for a, k in view.suggestions.items())))

    def _show_stage(self, view):
        self.stage_combo.setCurrentIndex(max(0, self.stage_combo.findData(view.stage)))
        hint = view.stage_hint
        self.hint.setVisible(hint is not None)
        self.take_hint.setVisible(hint is not None)
        if hint:
            self.hint.setText(self.tr("The numbers suggest {stage}: {reason}").format(
                stage=domain.label(domain.STAGES, hint[0]), reason=hint[1]))
            self.take_hint.setText(self.tr("Change to {stage}").format(stage=domain.label(domain.STAGES, hint[0])))
        done = sum(t["done"] for t in view.stage_tasks)
        self.tasks_label.setText(
            self.tr("What this stage asks for: {done} of {n} done").format(done=done, n=len(view.stage_tasks))
            if view.stage else self.tr("Set the stage to see what it asks for."))
        self.tasks.setVisible(bool(view.stage))  # (no empty box before a stage is chosen)
        self.tasks.blockSignals(True)
        self.tasks.clear()
        for task in view.stage_tasks:
            item = QListWidgetItem(task["text"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task["done"] else Qt.CheckState.Unchecked)
            item.setData(WHERE, task["id"])
            self.tasks.addItem(item)
        self.tasks.blockSignals(False)

    def reveal(self, where: dict) -> None:
        if where.get("field") == "stage":
            self.stage_combo.setFocus()

    # -- actions
    def _open_item(self, item, _column=0):
        where = item.data(0, WHERE)
        if where and "tab" in where and item.parent() is not None:
            self.open_requested.emit(where)
        elif item.parent() is None:
            item.setExpanded(not item.isExpanded())

    def set_stage(self, stage: str | None) -> None:
        if self.community_id is None or stage is None or (self.view and stage == self.view.stage):
            if self.view:
                self._show_stage(self.view)
            return
        today = self.today()
        self._run(self.tr("Set the lifecycle stage"),
                  lambda state: state.update(done=lifecycle.set_stage(self.community_id, stage, today)),
                  lambda state: lifecycle.undo_set_stage(state["done"]), "growth")

    def _task_ticked(self, item: QListWidgetItem) -> None:
        task_id, done = item.data(WHERE), item.checkState() == Qt.CheckState.Checked
        try:
            self.undo.set_field(self.tr("Tick a stage task"), lifecycle.tasks.update, task_id, "done", done,
                                self.community_id, AREA)
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))

    def _accept_all(self):
        cid = self.community_id
        self._run(self.tr("Accept all suggestions"),
                  lambda state: state.update(done=suggestions.accept_all(cid)) if "done" not in state
                  else suggestions.accept(cid, state["done"]["rows"], state["done"]["fields"]),
                  lambda state: suggestions.unaccept(cid, state["done"]), EVERYTHING)

    def _clear_all(self):
        cid = self.community_id
        self._run(self.tr("Clear suggestions"),
                  lambda state: state.update(snapshot=suggestions.clear(cid)),
                  lambda state: suggestions.restore(cid, state["snapshot"]), EVERYTHING)

    def _run(self, text, redo, undo, area):
        try:
            self.undo.run(text, redo, undo, self.community_id, area)
        except UserError as exc:
            self.undo.bus.error.emit(str(exc))
