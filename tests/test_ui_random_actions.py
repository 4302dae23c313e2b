"""Random user actions over the whole window: clicks, typing hostile text, combo boxes,
dates, table cells, menus, undo and redo. Any exception in a slot fails the test (pytest-qt
catches them). Seeded, so a failure replays exactly; the last steps are printed with it.

Earlier runs of this found undo restoring a row under an id a newer row had taken, and a
calendar file picked for the growth import raising csv.Error.
"""
import datetime as dt
import random

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit, QDialog, QFileDialog, QLineEdit,
                               QListWidget, QMessageBox, QPlainTextEdit, QPushButton, QTableView, QTabWidget,
                               QTreeWidget)

from tests.ui_helpers import open_window, type_text

WORDS = ["", " ", "abc", "社群运营", "=1+1", "-5", "12", "1e999", "99999999999999999999", "2026-13-40",
         "9999-12-31", "\x00x", "🚀" * 3, "x" * 300, "08:30", "25:99", "一 三 五", "0,2,4", "1.5", "nan"]
WIDGETS = {"button": (QPushButton,), "type": (QLineEdit, QPlainTextEdit), "combo": (QComboBox,),
           "tab": (QTabWidget,), "cell": (QTableView,), "check": (QCheckBox,), "date": (QDateEdit,),
           "link": (QTreeWidget, QListWidget)}
NOT_IN_MENUS = {"&Quit", "&Open workspace…"}
STEPS = 200


def _answer_dialogs(monkeypatch, rng, folder):
    """Every dialog answers at once (a random but seeded answer), so nothing waits for a person."""
    monkeypatch.setattr("ui.widgets.dialogs.warn", lambda *a, **k: None)
    monkeypatch.setattr("ui.widgets.dialogs.info", lambda *a, **k: None)
    monkeypatch.setattr("ui.widgets.dialogs.about", lambda *a, **k: None)
    monkeypatch.setattr("ui.widgets.dialogs.confirm", lambda *a, **k: rng.random() < 0.7)
    monkeypatch.setattr("ui.widgets.dialogs.ask_text", lambda *a, **k: rng.choice(WORDS + ["A name"]))
    monkeypatch.setattr("ui.widgets.dialogs.ask_checked", lambda parent, title, options, checked: [
        (kind, ref) for kind, ref, _ in options if rng.random() < 0.5])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(folder / rng.choice(["a.xlsx", "b.png", "c.ics", "d"])), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(folder / "a.xlsx"), ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)


def _act(window, qtbot, rng, kind) -> str | None:
    """Do one action of `kind` on a random visible widget; returns what was done."""
    if kind == "menu":
        actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()
                   if a.isEnabled() and not a.isSeparator() and a.menu() is None and a.text() not in NOT_IN_MENUS]
        action = rng.choice(actions)
        action.trigger()
        return f"menu {action.text()}"
    if kind == "undo":
        action = window.undo_action if rng.random() < 0.6 else window.redo_action
        action.trigger()
        return action.text()
    widgets = [w for cls in WIDGETS[kind] for w in window.findChildren(cls) if w.isVisible() and w.isEnabled()]
    if not widgets:
        return None
    w = rng.choice(widgets)
    if kind == "button":
        qtbot.mouseClick(w, Qt.MouseButton.LeftButton)
        return f"click {w.text()!r}"
    if kind == "type":
        text = rng.choice(WORDS)
        w.setFocus()
        if rng.random() < 0.5:
            w.selectAll()
        type_text(w, text)
        w.clearFocus()
        return f"type {text[:20]!r}"
    if kind == "combo" and w.count():
        w.setCurrentIndex(rng.randrange(w.count()))
        return f"combo {w.currentText()[:20]!r}"
    if kind == "tab":
        w.setCurrentIndex(rng.randrange(w.count()))
        return f"tab {w.tabText(w.currentIndex())}"
    if kind == "check":
        w.click()
        return "check"
    if kind == "link":  # a gap of the overview, a community in the list, a stage task
        if isinstance(w, QTreeWidget):
            items = [w.topLevelItem(i).child(j) for i in range(w.topLevelItemCount())
                     for j in range(w.topLevelItem(i).childCount())]
            if items:
                item = rng.choice(items)
                text = item.text(0)[:20]  # (the click may rebuild the tree)
                w.itemClicked.emit(item, 0)
                return f"link {text!r}"
            return None
        if w.count():
            item = w.item(rng.randrange(w.count()))
            text = item.text()[:20]  # (a tick or a selection may rebuild the list)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                                   else Qt.CheckState.Checked)
            else:
                w.setCurrentItem(item)
            return f"list {text!r}"
        return None
    if kind == "date":
        day = rng.choice([dt.date(1900, 1, 1), dt.date(2199, 12, 31), dt.date(2027, 2, 28), dt.date.today()])
        w.setDate(day)
        w.editingFinished.emit()
        return f"date {day}"
    if kind == "cell":
        model = w.model()
        if model is None or not model.rowCount(QModelIndex()) or not model.columnCount(QModelIndex()):
            return None
        index = model.index(rng.randrange(model.rowCount(QModelIndex())), rng.randrange(model.columnCount(QModelIndex())))
        if not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return None
        value = rng.choice(WORDS + [True, False, 0, 5, dt.date(2027, 1, 1)])
        model.setData(index, value, Qt.ItemDataRole.EditRole)
        return f"cell {index.row()},{index.column()} = {str(value)[:20]!r}"
    return None


@pytest.mark.parametrize("seed", range(3))
def test_random_actions_never_raise(qtbot, demo, workspace, monkeypatch, tmp_path, seed):
    rng = random.Random(seed)
    _answer_dialogs(monkeypatch, rng, tmp_path)
    window = open_window(qtbot, workspace)
    window.resize(1280, 800)
    done = []
    for step in range(STEPS):
        kind = rng.choice(["button", "button", "type", "combo", "tab", "cell", "menu", "undo", "check", "date",
                           "link"])
        what = _act(window, qtbot, rng, kind)
        if what:
            done.append(f"{step}: {what}")
        QApplication.processEvents()
    print("\n".join(done[-30:]))  # shown by pytest if a slot raised
