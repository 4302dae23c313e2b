"""The app's look in one place: a spacing scale, type sizes, a restrained palette per theme
(light and dark), and the style sheet built from them.

Widgets do not name colours: a label says what it is (`set_role(label, "title")`) or what it
signals (`set_tone(label, "danger")`), and painters ask `tone("danger")` for the current theme's
colour. The class colours of content (product / values / interaction) stay where they are.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

SPACE = (4, 8, 12, 16, 24)  # px: the only gaps and paddings used
TYPE = {"display": 20, "title": 16, "heading": 11, "body": 10, "caption": 9}  # pt

# "accent" is the accent as text on the theme's backgrounds; as a fill (selection, the primary
# button) both themes use ACCENT below, with white text
LIGHT = {"window": "#f5f6f8", "surface": "#ffffff", "text": "#1f2328", "muted": "#5f6672", "border": "#d0d4da",
         "subtle": "#e8eaee", "accent": "#2563eb", "danger": "#b91c1c",
         "warning": "#9a5b00", "success": "#15803d", "placeholder": "#626875"}
DARK = {"window": "#26272b", "surface": "#1c1d20", "text": "#e6e7ea", "muted": "#a3a7b0", "border": "#43464d",
        "subtle": "#303237", "accent": "#4f8ff7", "danger": "#f87171",
        "warning": "#fbbf24", "success": "#4ade80", "placeholder": "#9096a0"}


ACCENT, ACCENT_TEXT = "#2563eb", "#ffffff"  # the same in both themes: white on it reads 5.2:1
LINE = "rgba(128, 128, 128, 0.45)"  # borders and rules: neutral grey, visible on light and dark
TINT = "rgba(128, 128, 128, 0.10)"  # a faint fill over whatever the theme's background is


def is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def tokens(dark: bool | None = None) -> dict[str, str]:
    return DARK if (is_dark() if dark is None else dark) else LIGHT


def tone(name: str) -> QColor:
    """A signal colour (danger, warning, success, muted, accent) of the current theme."""
    return QColor(tokens()[name])


def palette(dark: bool) -> QPalette:
    t = tokens(dark)
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: t["window"], QPalette.ColorRole.WindowText: t["text"],
        QPalette.ColorRole.Base: t["surface"], QPalette.ColorRole.AlternateBase: t["window"],
        QPalette.ColorRole.ToolTipBase: t["surface"], QPalette.ColorRole.ToolTipText: t["text"],
        QPalette.ColorRole.Text: t["text"], QPalette.ColorRole.Button: t["surface"],
        QPalette.ColorRole.ButtonText: t["text"], QPalette.ColorRole.BrightText: t["danger"],
        QPalette.ColorRole.Highlight: ACCENT, QPalette.ColorRole.HighlightedText: ACCENT_TEXT,
        QPalette.ColorRole.Link: t["accent"], QPalette.ColorRole.PlaceholderText: t["placeholder"],
        QPalette.ColorRole.Mid: t["border"], QPalette.ColorRole.Midlight: t["subtle"],
        QPalette.ColorRole.Light: t["surface"], QPalette.ColorRole.Dark: t["border"],
        QPalette.ColorRole.Shadow: t["border"],
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(t["placeholder"]))
    return p




def _check_mark() -> str:
    """A white check mark as a file a style sheet can name (written once)."""
    import tempfile
    from pathlib import Path
    from app.i18n import RESOURCES
    target = Path(tempfile.gettempdir()) / "community-planner-check-ffffff.svg"
    if not target.exists():
        target.write_text((RESOURCES / "icons" / "tabler" / "check.svg").read_text().replace("currentColor", ACCENT_TEXT))
    return target.as_posix()


def style_sheet() -> str:
    """The shapes: sizes, paddings, radii, rules, the accent. It names no colour that depends on
    the theme (a style sheet's colours are fixed when it is set, and setting it again polishes
    every widget, ~1 s on a full window): the theme's colours come from the palette alone."""
    s1, s2, s3, s4, _s5 = SPACE
    return f"""
QPushButton {{ padding: {s1}px {s3}px; min-height: 20px; border: 1px solid {LINE}; border-radius: 6px;
               background: {TINT}; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed, QPushButton:checked {{ background: rgba(128, 128, 128, 0.25); }}
QPushButton[stage="true"] {{ min-height: 36px; }}
QPushButton[stage="true"]:checked {{ background: {ACCENT}; color: {ACCENT_TEXT}; border-color: {ACCENT};
                                     font-weight: 600; }}
QPushButton[primary="true"] {{ background: {ACCENT}; color: {ACCENT_TEXT}; border-color: {ACCENT}; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ border: 1px solid {LINE}; border-radius: 6px; padding: 2px {s1}px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {ACCENT}; }}
QTabWidget::pane {{ border: 1px solid {LINE}; border-radius: 6px; top: -1px; }}
QTabWidget QTabWidget::pane {{ border: none; border-top: 1px solid {LINE}; border-radius: 0; }}
QTabBar::tab {{ padding: {s1 + 1}px {s2}px; margin-right: 1px; border: 1px solid transparent;
               border-top-left-radius: 6px; border-top-right-radius: 6px; }}
QTabBar::tab:selected {{ background: {TINT}; border-color: {LINE}; border-bottom: 2px solid {ACCENT}; }}
QTabBar::tab:hover:!selected {{ background: {TINT}; }}
QHeaderView::section {{ padding: {s1}px {s2 - 2}px; border: none; border-bottom: 1px solid {LINE};
                        border-right: 1px solid {TINT}; background: {TINT}; font-weight: 600; }}
QTableView, QTreeView, QListView {{ border: 1px solid {LINE}; border-radius: 6px; gridline-color: {TINT}; }}
QListWidget#community_list {{ border: none; background: transparent; }}
QListWidget#community_list::item {{ padding: {s1}px {s2}px; border-radius: 6px; }}
QListWidget#community_list::item:selected {{ background: {ACCENT}; color: {ACCENT_TEXT}; }}
QGroupBox {{ border: none; border-top: 1px solid {LINE}; margin-top: {s4}px; padding-top: {s3}px; font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; padding: 0 {s2}px 0 0; }}
QCheckBox::indicator, QTableView::indicator, QListView::indicator {{ width: 14px; height: 14px;
               border: 1px solid rgba(128, 128, 128, 0.8); border-radius: 3px; }}
QCheckBox::indicator:checked, QTableView::indicator:checked, QListView::indicator:checked {{
               background: {ACCENT}; border-color: {ACCENT}; image: url({_check_mark()}); }}
QToolTip {{ padding: {s1}px; border: 1px solid {LINE}; }}
QSplitter::handle {{ background: transparent; }}
QFrame#example_bar {{ background: rgba(234, 179, 8, 0.18); border-radius: 6px; }}
"""


_toned: list = []  # (weak reference, tone) of every widget set_tone coloured: repainted on a theme change


def apply(app, dark: bool) -> None:
    """The theme's palette, the style sheet once, and the signal colours of the new theme."""
    app.setPalette(palette(dark))
    if not app.styleSheet():
        app.setStyleSheet(style_sheet())
    alive = []
    for ref, name in _toned:
        try:
            if ref() is not None:
                _colour(ref(), name)
                alive.append((ref, name))
        except RuntimeError:  # the C++ widget went before its Python wrapper
            pass
    _toned[:] = alive


FONT = {"display": (TYPE["display"], True), "title": (TYPE["title"], True), "heading": (TYPE["heading"], True),
        "caption": (TYPE["caption"], False)}


def set_role(label, role: str) -> None:
    """A label's place in the type scale: display, title, heading or caption (a caption is muted)."""
    size, bold = FONT[role]
    font = label.font()
    font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    if role == "caption":
        set_tone(label, "muted")


def _colour(widget, name: str | None) -> None:
    from PySide6.QtWidgets import QApplication
    p = widget.palette()
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        p.setColor(role, tone(name) if name else QApplication.palette().color(role))
    widget.setPalette(p)


def set_tone(widget, name: str | None) -> None:
    """Colour a widget's text as a signal (danger, warning, success, muted) or plainly (None);
    the colour follows the theme."""
    import weakref
    widget.setProperty("tone", name or "")
    _colour(widget, name)
    if name and all(ref() is not widget for ref, _ in _toned):
        _toned.append((weakref.ref(widget), name))
    elif not name:
        _toned[:] = [(ref, n) for ref, n in _toned if ref() is not widget]
    else:
        _toned[:] = [(ref, name if ref() is widget else n) for ref, n in _toned]


def set_suggested(widget, suggested: bool) -> None:
    """Grey italic text for a template suggestion not yet confirmed."""
    font = widget.font()
    font.setItalic(bool(suggested))
    widget.setFont(font)
    set_tone(widget, "muted" if suggested else None)
