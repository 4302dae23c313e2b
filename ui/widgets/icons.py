"""The app's icons: Tabler's outline set (MIT licence, resources/icons/tabler/LICENSE), tinted
with the theme's text colour so they read in light and dark.

Each SVG is drawn through Qt's image plugin (no QtSvg module to import) at twice its size, so it
stays sharp on a high-density screen. In the two themes' text colours the drawings ship ready
as PNG in resources/icons/rendered (`make icons` writes them; a test checks they match the SVGs):
start-up then reads small PNGs instead of loading the SVG plugin and drawing (~8 M instructions).
`put` remembers where an icon went, and `retint` paints them all again when the theme changes.
"""
from __future__ import annotations

import weakref
from pathlib import Path
from typing import Callable

from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPalette, QPixmap

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "icons" / "tabler"
RENDERED = FOLDER.parent / "rendered"
SIZE = 48  # pixels drawn; shown at 16–24
_cache: dict[tuple[str, str], QIcon] = {}
_placed: list[tuple[weakref.ref, Callable, str, str | None]] = []


def names() -> list[str]:
    return sorted(p.stem for p in FOLDER.glob("*.svg"))


def draw(name: str, colour: str) -> QImage:
    """The SVG `name` drawn in `colour` at SIZE pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QSize
    from PySide6.QtGui import QImageReader
    data = QByteArray((FOLDER / f"{name}.svg").read_bytes().replace(b"currentColor", colour.encode()))
    buffer = QBuffer(data)
    reader = QImageReader(buffer, b"svg")
    reader.setScaledSize(QSize(SIZE, SIZE))
    image = reader.read()
    if image.isNull():
        raise ValueError(f"icon {name}: {reader.errorString()}")
    return image


def rendered_path(name: str, colour: str) -> Path:
    return RENDERED / f"{name}-{colour.lstrip('#').lower()}.png"


def theme_colours() -> tuple[str, ...]:
    """The colours icons take by default: each theme's text colour (the palette's ButtonText)."""
    from ui.widgets.style import DARK, LIGHT
    return LIGHT["text"], DARK["text"]


def render_all() -> list[Path]:
    """Write every icon in both themes' text colours to RENDERED (`make icons`)."""
    RENDERED.mkdir(exist_ok=True)
    written = []
    for name in names():
        for colour in theme_colours():
            path = rendered_path(name, colour)
            if not draw(name, colour).save(str(path)):
                raise OSError(f"cannot write {path}")
            written.append(path)
    return written


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon `name` (a file in resources/icons/tabler) in `colour` (default: the theme's text)."""
    colour = colour or QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).name()
    key = (name, colour)
    if key not in _cache:
        pixmap = QPixmap(str(rendered_path(name, colour)))  # (null when not shipped in this colour)
        _cache[key] = QIcon(pixmap if not pixmap.isNull() else QPixmap.fromImage(draw(name, colour)))
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


if __name__ == "__main__":  # make icons
    from PySide6.QtWidgets import QApplication
    _app = QApplication([])
    print(f"{len(render_all())} icons written to {RENDERED}")
