"""The app's icons: Tabler's outline set (MIT licence, resources/icons/tabler/LICENSE), tinted
with the theme's text colour so they read in light and dark.

Each SVG is read through Qt's image plugin (no QtSvg module to import) at twice its size, so it
stays sharp on a high-density screen. `put` remembers where an icon went, and `retint` paints
them all again in the new colour when the theme changes.
"""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QBuffer, QByteArray, QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader, QPalette, QPixmap

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons" / "tabler"
SIZE = 48  # pixels drawn; shown at 16–24
_cache: dict[tuple[str, str], QIcon] = {}
_placed: list[tuple[weakref.ref, Callable, str, str | None]] = []


def names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.svg"))


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon `name` (a file in resources/icons/tabler) in `colour` (default: the theme's text)."""
    colour = colour or QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    key = (name, colour)
    if key not in _cache:
        data = QByteArray((FOLDER / f"{name}.svg").read_bytes().replace(b"currentColor", colour.encode()))
        buffer = QBuffer(data)
        reader = QImageReader(buffer, b"svg")
        reader.setScaledSize(QSize(SIZE, SIZE))
        image = reader.read()
        if image.isNull():
            raise ValueError(f"icon {name}: {reader.errorString()}")
        _cache[key] = QIcon(QPixmap.fromImage(image))
    return _cache[key]


def put(owner, apply: Callable, name: str, colour: str | None = None) -> None:
    """Give `owner` (a widget, an action) the icon through apply(owner, icon), now and after a
    theme change. (Only a weak reference to the owner is kept: apply must not hold it.)"""
    apply(owner, icon(name, colour))
    _placed.append((weakref.ref(owner), apply, name, colour))


def _set_icon(owner, value: QIcon) -> None:
    owner.setIcon(value)


def on(button, name: str) -> None:
    """A button's or an action's icon."""
    put(button, _set_icon, name)


# what a button does -> its icon: the button rows of every tab use these keys
BY_KEY = {"add": "plus", "dup": "copy", "del": "trash", "remove": "trash", "up": "arrow-up", "down": "arrow-down",
          "reset": "refresh", "selected": "check", "all": "checklist", "clear": "x", "done": "check",
          "skip": "player-skip-forward", "move": "calendar-plus", "open": "external-link", "copy": "clipboard-copy",
          "ics": "file-export", "export": "file-export", "import": "upload"}


def for_buttons(buttons: dict) -> None:
    """Icons for a row of buttons by their keys; an arrow button shows only its icon."""
    for key, button in buttons.items():
        if key in BY_KEY:
            on(button, BY_KEY[key])
            if key in ("up", "down"):
                button.setText("")


def button_row(layout, specs) -> dict:
    """Add a row of buttons to `layout` from (key, text, tooltip, slot) and return them by key,
    each with the icon its key names."""
    from PySide6.QtWidgets import QPushButton
    buttons = {}
    for key, text, tip, slot in specs:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        layout.addWidget(button)
        buttons[key] = button
    for_buttons(buttons)
    return buttons


def retint() -> None:
    """Paint every placed icon again in the current theme's colour (View ▸ Theme)."""
    _cache.clear()
    alive = [entry for entry in _placed if entry[0]() is not None]
    _placed[:] = alive
    for owner, apply, name, colour in alive:
        try:
            apply(owner(), icon(name, colour))
        except RuntimeError:  # the C++ object went before its Python wrapper
            pass
