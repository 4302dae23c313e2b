from app.services import communities
from tests.ui_helpers import answer_wizard, open_window, restart


def test_new_rename_duplicate_delete_with_undo(qtbot, demo, workspace, monkeypatch):
    answer_wizard(monkeypatch, "Shop fans", "fan")
    monkeypatch.setattr("ui.widgets.dialogs.ask_text", lambda *a, **k: "Shop VIP fans")
    confirms = []
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: confirms.append(text) or True)
    window = open_window(qtbot, workspace)
    window.new_community()
    names = [r["name"] for r in communities.list_communities()]
    assert names == ["Excel at Work Bootcamp · Learners", "Shop fans"]
    new_id = window.communities.current_id()
    assert window.positioning.name_edit.text() == "Shop fans"
    window.rename_community(new_id)
    assert communities.get(new_id)["name"] == "Shop VIP fans"
    assert window.communities.list.currentItem().text().startswith("Shop VIP fans")
    window.duplicate_community(demo)
    copy_id = window.communities.current_id()
    assert communities.get(copy_id)["name"] == "Excel at Work Bootcamp · Learners (copy)"
    window.delete_community(copy_id)
    assert "(copy)" in confirms[0] and window.communities.list.count() == 4  # (and the home and agenda entries)
    window.undo_action.trigger()                       # the deleted community comes back
    assert window.communities.list.count() == 5
    for _ in range(3):
        window.undo_action.trigger()                   # duplicate, rename, new
    assert [r["name"] for r in communities.list_communities()] == ["Excel at Work Bootcamp · Learners"]


def test_delete_asks_first(qtbot, demo, workspace, monkeypatch):
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: False)
    window = open_window(qtbot, workspace)
    window.delete_community(demo)
    assert communities.list_communities()[0]["id"] == demo


def test_window_state_and_last_community_are_remembered(qtbot, demo, workspace):
    other = communities.create("Second")
    window = open_window(qtbot, workspace)
    window.communities.reload(select=other)
    window.tabs.setCurrentIndex(4)
    window.resize(790, 560)  # (the offscreen screen is 800 px wide; the window's minimum is wider)
    window.splitter.setSizes([300, 700])
    sizes = window.splitter.sizes()
    window = restart(qtbot, window)
    assert window.communities.current_id() == other
    assert window.tabs.currentIndex() == 4 and window.tabs.currentWidget() is window.sop
    assert window.height() == 560
    assert window.splitter.sizes()[0] == sizes[0]


def test_switching_community_saves_text_being_typed(qtbot, demo, workspace):
    from tests.ui_helpers import type_text
    other = communities.create("Second")
    window = open_window(qtbot, workspace)
    window.communities.reload(select=demo)
    edit = window.positioning.answer_edits["why"]
    edit.setFocus()
    edit.selectAll()
    type_text(edit, "typed just now")
    window.communities.reload(select=other)            # before the save pause has passed
    assert communities.get(demo)["why"] == "typed just now"
    assert communities.get(other)["why"] == ""


def test_open_foreign_workspace_keeps_the_current_one(qtbot, demo, workspace, tmp_path, monkeypatch):
    messages = []
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda parent, text: messages.append(text))
    foreign = tmp_path / "notes.sqlite"
    foreign.write_bytes(b"just some notes")
    window = open_window(qtbot, workspace)
    window.switch_workspace(foreign)
    assert "not a planner workspace" in messages[0]
    assert foreign.read_bytes() == b"just some notes"
    assert window.workspace == workspace and communities.list_communities()[0]["id"] == demo


def test_restore_from_backup_menu(qtbot, demo, workspace, monkeypatch):
    from app.storage import backups
    saved = backups.backup_now("daily")
    window = open_window(qtbot, workspace)
    communities.create("Made after the backup")
    window.communities.reload()
    assert window.communities.list.count() == 4        # (and the home and agenda entries)
    monkeypatch.setattr("ui.shell.backup_dialog.ask_backup", lambda parent, ws, text: saved)
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda parent, text: True)
    window.restore_backup()
    assert window.communities.list.count() == 3
    assert [b.reason for b in backups.list_backups(workspace)][:1] == ["before-restore"]


def test_damaged_workspace_offers_a_backup_copy(qtbot, workspace, monkeypatch):
    from app.storage import backups, db
    from ui.shell import start as ui_app
    communities.create("Precious")
    saved = backups.backup_now("daily")
    db.close_workspace()
    workspace.write_bytes(workspace.read_bytes()[:2000])
    damaged = workspace.read_bytes()
    offered = []
    monkeypatch.setattr("ui.shell.backup_dialog.ask_backup", lambda parent, ws, text: offered.append(text) or saved)
    monkeypatch.setattr(ui_app.QApplication, "exec", lambda self: 0)
    assert ui_app.run_gui(workspace, "en") == 0
    assert "damaged" in offered[0] or "not a planner workspace" in offered[0]
    assert workspace.read_bytes() == damaged
    assert db.current_path().name.startswith("workspace-restored-")
    assert communities.list_communities()[0]["name"] == "Precious"
    for widget in ui_app.QApplication.topLevelWidgets():
        widget.close()


def test_view_menu_remembers_language_and_theme(qtbot, demo, workspace, monkeypatch):
    from PySide6.QtGui import QGuiApplication, QPalette
    from ui.shell.settings import settings
    infos = []
    monkeypatch.setattr("ui.widgets.dialogs.info", lambda parent, title, text: infos.append(text))
    window = open_window(qtbot, workspace)
    view = [a.menu() for a in window.menuBar().actions() if a.menu() and "View" in a.text()][0]
    language, theme = [a.menu() for a in view.actions() if a.menu()]
    [a for a in language.actions() if a.text() == "中文"][0].trigger()
    assert settings().value("language") == "zh_CN" and "restarted" in infos[0]
    [a for a in theme.actions() if a.text() == "Dark"][0].trigger()
    assert settings().value("theme") == "dark"
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    qtbot.wait(10)  # widgets take the new palette from a posted event
    assert window.palette().color(QPalette.ColorRole.Base).lightness() < 80
    [a for a in theme.actions() if a.text() == "Follow the system"][0].trigger()
    assert settings().value("theme") == "system"
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_every_tab_and_page_fits_a_1280_by_800_screen(qtbot, demo, workspace):
    """No tab may need a wider or taller window than a 1280 x 800 screen (English labels are
    the longest): the growth dashboard's legend once pushed the window to 1297 px."""
    from ui.shell.main_window import TABS
    window = open_window(qtbot, workspace)
    window.resize(1280, 800)
    for i, key in enumerate(TABS):
        tab = window.tab(key)
        window.tabs.setCurrentIndex(i)
        pages = getattr(tab, "pages", None)
        for page in range(pages.count() if pages else 1):
            if pages:
                pages.setCurrentIndex(page)
            qtbot.wait(10)
            assert window.width() <= 1280 and window.height() <= 800, (key, page, window.size())
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 800, (key, page, hint)


def test_a_garbled_settings_file_falls_back_to_defaults(qtbot, demo, workspace):
    """The settings file is plain text anyone can edit: bad values must not stop the app."""
    from ui.shell.start import create_app
    from ui.shell.settings import keep_count, settings
    s = settings()
    for key, value in (("tab", "lots"), (f"last_community/{workspace}", "the first one"), ("geometry", "xyz"),
                       ("splitter", 123), ("positioning_splitter", "?"), ("backups_keep", "-3"),
                       ("theme", ["purple", "dark"]), ("language", ["zh", "en"]), ("recent", 42)):
        s.setValue(key, value)
    s.sync()
    create_app("en")  # language and theme as at start-up (the command line's language wins)
    create_app(None)
    window = open_window(qtbot, workspace)
    assert window.tabs.currentIndex() == 0 and window.community_id == demo
    assert keep_count() == 14


def test_the_days_backup_and_purge_wait_until_the_window_is_on_screen(qtbot, workspace, monkeypatch):
    from app.storage import backups, db
    from app.storage.models import Community
    from ui.shell import start as ui_app
    kept = communities.create("Kept")
    gone = communities.create("Deleted last session")
    communities.set_deleted(gone, True)
    db.close_workspace()
    monkeypatch.setattr(ui_app.QApplication, "exec", lambda self: 0)
    assert ui_app.run_gui(workspace, "en") == 0
    window = next(w for w in ui_app.QApplication.topLevelWidgets() if hasattr(w, "start_reminders"))
    # opened and drawn first: the housekeeping has not run yet
    assert not [b for b in backups.list_backups(workspace) if b.reason == "daily"]
    assert Community.select().where(Community.id == gone).exists()
    ui_app.finish_start(window)
    assert [b.reason for b in backups.list_backups(workspace)].count("daily") == 1
    assert not Community.select().where(Community.id == gone).exists()
    assert [c["id"] for c in communities.list_communities()] == [kept]
    assert ui_app.QApplication.windowIcon().availableSizes()
    for widget in ui_app.QApplication.topLevelWidgets():
        widget.close()
