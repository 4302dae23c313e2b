"""Main window: community list on the left, one tab per area, menus, remembered state."""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from app import __version__
from app.errors import UserError
from app.services import communities
from app.storage import db
from ui.widgets import dialogs, icons
from ui.shell.community_list import CommunityList
from ui.shell.settings import int_setting, reminders_on, settings
from ui.shell.undo import Bus, Undo

MAX_RECENT = 8
TAB_ICONS = {"overview": "layout-dashboard", "positioning": "target", "roles": "users", "calendar": "calendar",
             "sop": "list-check", "scripts": "message", "growth": "chart-line", "plan": "file-text"}
# tab key -> (module, class), in the order of the tab bar
TABS = {"overview": ("ui.overview.tab", "OverviewTab"),
        "positioning": ("ui.positioning.tab", "PositioningTab"), "roles": ("ui.roles.tab", "RolesTab"),
        "calendar": ("ui.calendar.tab", "CalendarTab"), "sop": ("ui.sop.tab", "SopTab"),
        "scripts": ("ui.scripts.tab", "ScriptsTab"),
        "growth": ("ui.growth.tab", "GrowthTab"), "plan": ("ui.plan.tab", "PlanTab")}


class MainWindow(QMainWindow):
    def __init__(self, workspace: Path):
        super().__init__()
        self.workspace = workspace
        self.bus = Bus()
        self.undo = Undo(self.bus)
        self.bus.error.connect(lambda text: dialogs.warn(self, text))
        self.bus.changed.connect(self._changed)
        self.community_id: int | None = None

        self.communities = CommunityList()
        # tabs are built the first time they are shown (or asked for): start-up builds one
        self.tabs = QTabWidget()
        self.tabs.setIconSize(QSize(16, 16))
        self._made: dict[str, QWidget] = {}
        self.titles = dict(zip(TABS, (self.tr("Overview"), self.tr("Positioning"), self.tr("Roles && rules"),
                                      self.tr("Content calendar"), self.tr("SOP tables"), self.tr("Scripts"),
                                      self.tr("Growth"), self.tr("Plan && risks"))))
        for i, (key, title) in enumerate(self.titles.items()):
            self.tabs.addTab(QWidget(), title)
            icons.put(self.tabs, lambda tabs, value, at=i: tabs.setTabIcon(at, value), TAB_ICONS[key])
        self.tabs.currentChanged.connect(lambda index: index >= 0 and self.tab(list(TABS)[index]))

        # what the right side shows: the welcome page (no community yet), the home page over all
        # communities, or one community (a line marking the example, then its tabs)
        self.pages = QStackedWidget()
        self.welcome: QWidget | None = None
        self.home: QWidget | None = None
        self.agenda: QWidget | None = None
        self.reminders = None  # made after the first paint (ui/agenda/reminders.py)
        self.guide: QWidget | None = None  # Help ▸ Guide, made when first asked for
        self.due_counts: dict = {}
        self.community_page = QWidget()
        box = QVBoxLayout(self.community_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.example_bar = QFrame()
        self.example_bar.setObjectName("example_bar")
        # (its yellow tint is in the app's style sheet: a sheet of its own costs a second style)
        bar = QHBoxLayout(self.example_bar)
        bar.setContentsMargins(10, 4, 6, 4)
        bar.addWidget(QLabel(self.tr("<b>Example</b> · a filled-in plan to look around and change freely. "
                                     "Your own communities start from “New community”."), wordWrap=True), 1)
        self.remove_example_button = QPushButton(self.tr("Delete the example"))
        self.remove_example_button.clicked.connect(lambda: self.community_id and self.delete_community(
            self.community_id, ask=False))
        bar.addWidget(self.remove_example_button)
        self.example_bar.hide()
        box.addWidget(self.example_bar)
        box.addWidget(self.tabs, 1)
        self.pages.addWidget(self.community_page)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.communities)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)

        self.communities.selected.connect(self.show_community)
        self.communities.new_requested.connect(self.new_community)
        self.communities.rename_requested.connect(self.rename_community)
        self.communities.duplicate_requested.connect(self.duplicate_community)
        self.communities.delete_requested.connect(self.delete_community)
        self._build_menus()
        self._restore_state()
        self._open_done()

    # -- tabs
    def tab(self, key: str):
        """The tab for `key`, built (and put in place of its placeholder) on first use."""
        if key not in self._made:
            module, name = TABS[key]
            widget = getattr(importlib.import_module(module), name)(self.undo)
            index, current = list(TABS).index(key), self.tabs.currentIndex()
            title = self.tabs.tabText(index)
            self.tabs.blockSignals(True)
            placeholder = self.tabs.widget(index)
            placeholder_icon = self.tabs.tabIcon(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, placeholder_icon, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
            self._made[key] = widget
            if key == "overview":
                widget.updated.connect(self._overview_updated)
                widget.open_requested.connect(self.go_to)
                widget.export_button.clicked.connect(self.export_plan)
            elif key == "plan":
                widget.export_button.clicked.connect(self.export_plan)
            widget.set_community(self.community_id)
        return self._made[key]

    def show_tab(self, key: str):
        """Bring an area's tab to the front (building it if needed) and return it."""
        tab = self.tab(key)
        self.tabs.setCurrentWidget(tab)
        return tab

    # the areas by name, brought to the front: what a menu action or a test asks for is what it sees
    overview = property(lambda self: self.show_tab("overview"))
    positioning = property(lambda self: self.show_tab("positioning"))
    roles = property(lambda self: self.show_tab("roles"))
    calendar = property(lambda self: self.show_tab("calendar"))
    sop = property(lambda self: self.show_tab("sop"))
    scripts = property(lambda self: self.show_tab("scripts"))
    growth = property(lambda self: self.show_tab("growth"))
    plan = property(lambda self: self.show_tab("plan"))

    @property
    def area_tabs(self):
        return list(self._made.values())

    def go_to(self, where: dict) -> None:
        """Open the tab, page, row or field a gap of the overview points at."""
        key = where.get("tab")
        if key not in TABS or self.community_id is None:
            return
        self.show_tab(key).reveal(where)

    def _overview_updated(self, view) -> None:
        """Each tab's title carries the count of its open gaps; the list shows the completeness."""
        counts = view.gaps_per_tab()
        counts["overview"] = len(view.gaps)
        for i, key in enumerate(TABS):
            n = counts.get(key, 0)
            self.tabs.setTabText(i, self.titles[key] + (f" ({n})" if n else ""))
        self._show_progress(view)

    def _show_progress(self, view) -> None:
        """A community's completeness, stage and open gaps beside its name in the list."""
        self.communities.show_progress(view.community["id"], view.done, len(view.steps), view.stage, len(view.gaps))

    # -- the agenda and its reminders
    def show_agenda(self) -> None:
        """The agenda page (Ctrl+T), through its entry in the list."""
        from ui.shell.community_list import AGENDA
        if self.communities.current_key() != AGENDA:
            self.communities.reload(select=AGENDA)

    def _agenda_page(self):
        if self.agenda is None:
            from ui.agenda.page import AgendaPage
            self.agenda = AgendaPage(self.undo)
            self.agenda.open_requested.connect(self.open_item)
            self.agenda.counts_changed.connect(self._due_changed)
            self.pages.addWidget(self.agenda)
        return self.agenda

    def open_item(self, community_id: int, where: dict) -> None:
        """Open an agenda item (or a notification's) in its community's tab."""
        self.communities.reload(select=community_id)
        self.go_to(where)

    def start_reminders(self, clock=None) -> None:
        from ui.agenda.reminders import Reminders
        if self.reminders is None:
            self.reminders = Reminders(self.bus, **({"clock": clock} if clock else {}), parent=self)
            self.reminders.counts_changed.connect(self._due_changed)
            self.reminders.open_requested.connect(self.open_item)
        self.reminders.refresh()

    def _due_changed(self, counts: dict) -> None:
        """Today's overdue and due counts: in the title, the list and on the home page."""
        self.due_counts = counts
        self.communities.show_due(counts.get("per_community", {}))
        self._show_title()
        if self.home is not None:
            self.home.show_due(counts)

    def _show_title(self) -> None:
        title = self.tr("Community planner — {name}").format(name=self.workspace.name)
        overdue = self.due_counts.get("overdue", 0)
        self.setWindowTitle(title + (self.tr(" ({n} overdue)").format(n=overdue) if overdue else ""))

    def _set_reminders(self, on: bool) -> None:
        settings().setValue("reminders", "true" if on else "false")

    # -- the pages before a community
    def show_start_page(self) -> None:
        """The home page over all communities, or the welcome page when there is none."""
        if not communities.list_communities():
            if self.welcome is None:
                from ui.overview.home import WelcomePage
                self.welcome = WelcomePage()
                self.welcome.example_requested.connect(self.add_example)
                self.welcome.plan_requested.connect(self.new_community)
                self.pages.addWidget(self.welcome)
            self.pages.setCurrentWidget(self.welcome)
            return
        if self.home is None:
            from ui.overview.home import HomePage
            self.home = HomePage()
            self.home.open_requested.connect(lambda cid: self.communities.reload(select=cid))
            self.home.agenda_requested.connect(self.show_agenda)
            self.pages.addWidget(self.home)
            if self.due_counts:
                self.home.show_due(self.due_counts)
        self.home.reload()
        for view in self.home.views:
            self._show_progress(view)
        self.pages.setCurrentWidget(self.home)

    # -- menus
    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self):
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        icons.on(self._action(file, self.tr("&New community…"), self.new_community, QKeySequence.StandardKey.New),
                 "plus")
        self._action(file, self.tr("&Open workspace…"), self.open_workspace_dialog, QKeySequence.StandardKey.Open)
        self.recent_menu = file.addMenu(self.tr("Recent workspaces"))
        self._action(file, self.tr("&Restore from backup…"), self.restore_backup)
        file.addSeparator()
        icons.on(self._action(file, self.tr("&Export SOP to Excel…"), self.export_sop, "Ctrl+E"), "file-export")
        icons.on(self._action(file, self.tr("&Import SOP from Excel…"), self.import_sop, "Ctrl+I"), "upload")
        self._action(file, self.tr("Export &chart…"), self.export_chart)
        self._action(file, self.tr("Import growth &numbers…"), self.import_numbers)
        self._action(file, self.tr("Export the &plan (Word, PDF, Excel)…"), self.export_plan)
        self._action(file, self.tr("Export the a&genda to a phone calendar (.ics)…"),
                     lambda: (self.show_agenda(), self.agenda.export_ics()))
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = bar.addMenu(self.tr("&Edit"))
        stack = self.undo.stack
        undo = self._action(edit, self.tr("&Undo"), self.undo_last, QKeySequence.StandardKey.Undo)
        redo = self._action(edit, self.tr("&Redo"), stack.redo, QKeySequence.StandardKey.Redo)
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(undo.setEnabled)
        stack.canRedoChanged.connect(redo.setEnabled)
        self.undo_action, self.redo_action = undo, redo

        view = bar.addMenu(self.tr("&View"))
        icons.on(self._action(view, self.tr("&Agenda: today and this week"), self.show_agenda, "Ctrl+T"),
                 "calendar-event")
        reminders = self._action(view, self.tr("Desktop &reminders"), self._set_reminders)
        reminders.setCheckable(True)
        reminders.setChecked(reminders_on())  # (read from the settings: ui.agenda loads after the first paint)
        view.addSeparator()
        self._choice_menu(view.addMenu(self.tr("Language")), "language", "",
                          (("", self.tr("System")), ("zh_CN", "中文"), ("en", "English")), self._set_language)
        self._choice_menu(view.addMenu(self.tr("Theme")), "theme", "system",
                          (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                           ("dark", self.tr("Dark"))), self._set_theme)

        help_menu = bar.addMenu(self.tr("&Help"))
        icons.on(self._action(help_menu, self.tr("&Guide"), self.show_guide, QKeySequence.StandardKey.HelpContents),
                 "book")
        self._action(help_menu, self.tr("Where is my data?"), self.show_data_location)
        self._action(help_menu, self.tr("&About"), self.show_about)

    def _choice_menu(self, menu, key: str, default: str, options, choose) -> None:
        """Exclusive checkable actions for a setting; choose(code) applies the one picked."""
        group = QActionGroup(self)
        current = settings().value(key, default)
        for code, text in options:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: choose(c))
            group.addAction(action)

    def _set_language(self, code: str):
        settings().setValue("language", code)
        dialogs.info(self, self.tr("Language"), self.tr("The language changes when the app is restarted."))

    def _set_theme(self, code: str):
        settings().setValue("theme", code)
        from ui.shell.theme import apply_theme
        apply_theme(code)

    # -- workspace
    def _open_done(self):
        from app import workspace
        warning = workspace.take_warning()
        if warning:  # e.g. a full disk: the plans open, and the operator is told at once
            QTimer.singleShot(0, lambda: dialogs.warn(self, warning))
        self.undo.stack.clear()
        self.path_label.setText(str(self.workspace))
        self.due_counts = {}
        self._show_title()
        if self.reminders is not None:
            self.reminders.refresh()
        recent = [p for p in settings().value("recent", [], list) if isinstance(p, str) and p != str(self.workspace)]
        recent = [str(self.workspace), *recent][:MAX_RECENT]
        settings().setValue("recent", recent)
        self.recent_menu.clear()
        for path in recent:
            self.recent_menu.addAction(path, lambda p=path: self.switch_workspace(Path(p)))
        # where the user left off (0: the home page); the first time, a lone community opens itself
        chosen = int_setting(f"last_community/{self.workspace}", None)
        if chosen is None:
            ids = [r["id"] for r in communities.list_communities()]
            chosen = ids[0] if len(ids) == 1 else 0
        self.communities.reload(select=chosen)

    def open_workspace_dialog(self):
        from PySide6.QtWidgets import QFileDialog  # (dialogs are imported when used: see ui/widgets/dialogs.py)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), str(self.workspace.parent),
                                              self.tr("Workspaces (*.sqlite *.db);;All files (*)"))
        if path:
            self.switch_workspace(Path(path))

    def switch_workspace(self, path: Path):
        self._flush()
        previous = self.workspace
        from app import workspace
        from ui.shell.settings import keep_count
        from app.storage.schema import ForeignSchemaError
        from ui.shell.backup_dialog import offer_clean_copy
        try:
            workspace.open_or_create(path, with_demo=False, keep_backups=keep_count())
        except ForeignSchemaError as exc:
            path = offer_clean_copy(self, exc)
            if path is None:
                db.open_workspace(previous)
                return
            self.switch_workspace(path)
            return
        except UserError as exc:
            dialogs.refuse(self, exc)
            db.open_workspace(previous)  # the one that was open keeps working
            return
        self.workspace = path
        self.community_id = None
        self._open_done()

    def restore_backup(self):
        from app.storage import backups
        from ui.shell.backup_dialog import ask_backup
        from ui.shell.settings import keep_count
        self._flush()
        chosen = ask_backup(self, self.workspace, self.tr(
            "Restoring replaces everything in this workspace with the backup's contents. "
            "The current state is backed up first, so a restore can itself be undone from here."))
        if chosen is None or not dialogs.confirm(self, self.tr("Restore {name}?").format(name=chosen.name)):
            return
        from ui.widgets import long_work
        if long_work.attempt(self, self.tr("Restore from backup"),
                             lambda report: backups.prepare_restore(chosen, keep_count())) is None:
            return
        try:
            backups.replace_with(chosen)
        except UserError as exc:
            dialogs.refuse(self, exc)
            return
        self.community_id = None
        self._open_done()
        self.statusBar().showMessage(self.tr("Restored {name}").format(name=chosen.name), 8000)

    # -- communities
    def show_community(self, community_id):
        from ui.shell.community_list import AGENDA
        if community_id == AGENDA:
            self.pages.setCurrentWidget(self._agenda_page())
            settings().setValue(f"last_community/{self.workspace}", AGENDA)
            community_id = None
        elif community_id is None:
            self.show_start_page()
        else:
            self.pages.setCurrentWidget(self.community_page)
            self.example_bar.setVisible(bool(communities.get(community_id)["example"]))
        if self.pages.currentWidget() is not self.agenda:
            settings().setValue(f"last_community/{self.workspace}", community_id or 0)
        if community_id == self.community_id:
            return
        self._flush()
        self.community_id = community_id
        for tab in self.area_tabs:
            tab.set_community(community_id)

    def _changed(self, community_id, area):
        if area == "community":
            self.communities.reload()
        elif area == "list":
            self.communities.reload(select=community_id or None)
            if self.communities.current_id() is None:
                self.show_start_page()

    def _add_community(self, text: str, make) -> None:
        """Make a community (make() returns its id) as one undo step, and select it.
        Undo deletes it softly and redo brings the same one back."""
        def redo(state):
            if "id" in state:
                communities.set_deleted(state["id"], False)
            else:
                state["id"] = make()

        try:
            cmd = self.undo.run(text, redo, lambda state: communities.set_deleted(state["id"], True), 0, "list")
        except UserError as exc:
            dialogs.refuse(self, exc)
            return
        self.communities.reload(select=cmd.state["id"])

    def new_community(self):
        from ui.overview.wizard import NewCommunityWizard
        wizard = NewCommunityWizard(self)
        if dialogs.run(wizard):
            values = wizard.values()
            self._add_community(self.tr("New community"), lambda: communities.create(**values))
            self.tabs.setCurrentIndex(0)  # a new plan starts at the overview

    def add_example(self):
        from app.services import demo
        self._add_community(self.tr("Add the example"), demo.add_demo)

    def rename_community(self, community_id: int):
        current = communities.get(community_id)["name"]
        name = dialogs.ask_text(self, self.tr("Rename community"), self.tr("New name:"), current)
        if name and name != current:
            try:
                self.undo.set_field(self.tr("Rename community"), communities.update, community_id,
                                    "name", name, community_id, "community")
            except UserError as exc:
                dialogs.refuse(self, exc)

    def duplicate_community(self, community_id: int):
        self._add_community(self.tr("Duplicate community"), lambda: communities.duplicate(community_id))

    def delete_community(self, community_id: int, ask: bool = True):
        name = communities.get(community_id)["name"]
        if ask and not dialogs.confirm(self, self.tr("Delete the community “{name}” with all its plans? "
                                                     "(Edit ▸ Undo brings it back.)").format(name=name)):
            return
        self.undo.run(self.tr("Delete community"), lambda s: communities.set_deleted(community_id, True),
                      lambda s: communities.set_deleted(community_id, False), community_id, "list")

    # -- exports
    def export_sop(self):
        if self.community_id is None:
            return
        from ui.sop.excel_dialogs import export_sop_interactive
        export_sop_interactive(self, self.community_id)

    def import_sop(self):
        if self.community_id is None:
            return
        from ui.sop.excel_dialogs import import_sop_interactive
        import_sop_interactive(self, self.community_id, self.undo)

    def export_chart(self):
        if self.community_id is not None:
            self.tabs.setCurrentWidget(self.growth)
            self.growth.pages.setCurrentIndex(0)
            self.growth.export_png()

    def export_plan(self):
        if self.community_id is not None:
            from ui.plan.export_dialog import export_plan_interactive
            export_plan_interactive(self, self.community_id)

    def import_numbers(self):
        self.growth.import_numbers()

    # -- help
    def show_guide(self):
        """The illustrated guide, beside the window (not modal: follow it while working)."""
        from ui.shell.guide import GuideDialog
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def show_data_location(self):
        from app.log import log_path
        folder = self.workspace.parent
        dialogs.info(self, self.tr("Where is my data?"), self.tr(
            "Everything is saved as you type in one workspace file:\n{path}\n\n"
            "Copy that file to back it up or move it to another computer. "
            "Backups made before upgrades are in {backups}.\n\n"
            "When something goes wrong, the details are written to {log}.").format(
                path=self.workspace, backups=db.backups_dir(self.workspace), log=log_path()))
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self):
        dialogs.about(self, self.tr("About"), self.tr(
            "Community planner {version}\nPlan a private community offline: positioning, roles, "
            "content, the four SOP tables and growth.").format(version=__version__))

    def undo_last(self):
        self._flush()  # text still being typed is saved first, so undo takes it back too
        self.undo.stack.undo()

    # -- state
    def _flush(self):
        for tab in self.area_tabs:
            flush = getattr(tab, "flush", None)
            if flush:
                flush()

    def _restore_state(self):
        s = settings()
        geometry = s.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = s.value("splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        index = int_setting("tab", 0)
        self.tabs.setCurrentIndex(index if 0 <= index < len(TABS) else 0)
        self.tab(list(TABS)[self.tabs.currentIndex()])
        positioning_split = s.value("positioning_splitter")
        if isinstance(positioning_split, QByteArray) and "positioning" in self._made:
            self._made["positioning"].splitter.restoreState(positioning_split)

    def closeEvent(self, event):
        self._flush()
        s = settings()
        s.setValue("geometry", self.saveGeometry())
        s.setValue("splitter", self.splitter.saveState())
        if "positioning" in self._made:
            s.setValue("positioning_splitter", self._made["positioning"].splitter.saveState())
        s.setValue("tab", self.tabs.currentIndex())
        s.sync()
        super().closeEvent(event)
