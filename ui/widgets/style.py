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

LIGHT = {"window": "#f5f6f8", "surface": "#ffffff", "text": "#1f2328", "muted": "#5f6672", "border": "#d0d4da",
         "subtle": "#e8eaee", "accent": "#2563eb", "accent_text": "#ffffff", "danger": "#b91c1c",
         "warning": "#9a5b00", "success": "#15803d", "placeholder": "#626875"}
DARK = {"window": "#26272b", "surface": "#1c1d20", "text": "#e6e7ea", "muted": "#a3a7b0", "border": "#43464d",
        "subtle": "#303237", "accent": "#4f8ff7", "accent_text": "#0b1220", "danger": "#f87171",
        "warning": "#fbbf24", "success": "#4ade80", "placeholder": "#9096a0"}


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
        QPalette.ColorRole.Highlight: t["accent"], QPalette.ColorRole.HighlightedText: t["accent_text"],
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


def _check_mark(colour: str) -> str:
    """A check mark in `colour` as a file a style sheet can name (written once per colour)."""
    import tempfile
    from pathlib import Path
    from ui.widgets.icons import FOLDER
    target = Path(tempfile.gettempdir()) / f"community-planner-check-{colour.lstrip('#')}.svg"
    if not target.exists():
        target.write_text((FOLDER / "check.svg").read_text().replace("currentColor", colour))
    return target.as_posix()


def style_sheet(dark: bool) -> str:
    t = tokens(dark)
    check = _check_mark(t["accent_text"])
    s1, s2, s3, s4, _s5 = SPACE
    return f"""
QLabel[role="display"] {{ font-size: {TYPE['display']}pt; font-weight: 600; }}
QLabel[role="title"] {{ font-size: {TYPE['title']}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {TYPE['heading']}pt; font-weight: 600; }}
QLabel[role="caption"] {{ font-size: {TYPE['caption']}pt; color: {t['muted']}; }}
*[tone="danger"] {{ color: {t['danger']}; }}
*[tone="warning"] {{ color: {t['warning']}; }}
*[tone="success"] {{ color: {t['success']}; }}
*[tone="muted"] {{ color: {t['muted']}; }}
*[suggested="true"] {{ color: {t['muted']}; font-style: italic; }}
QPushButton {{ padding: {s1}px {s3}px; min-height: 20px; border: 1px solid {t['border']}; border-radius: 6px;
               background: {t['surface']}; }}
QPushButton:hover {{ border-color: {t['accent']}; }}
QPushButton:pressed, QPushButton:checked {{ background: {t['subtle']}; }}
QPushButton:disabled {{ color: {t['placeholder']}; border-color: {t['subtle']}; }}
QPushButton[primary="true"] {{ background: {t['accent']}; color: {t['accent_text']}; border-color: {t['accent']};
                               font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ border: 1px solid {t['border']}; border-radius: 6px; padding: 2px {s1}px;
               background: {t['surface']}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border-color: {t['accent']}; }}
QTabWidget::pane {{ border: 1px solid {t['border']}; border-radius: 6px; top: -1px; background: {t['window']}; }}
QTabBar::tab {{ padding: {s1 + 1}px {s2}px; margin-right: 1px; border: 1px solid transparent;
               border-top-left-radius: 6px; border-top-right-radius: 6px; color: {t['muted']}; }}
QTabBar::tab:selected {{ color: {t['text']}; background: {t['window']}; border-color: {t['border']};
                         border-bottom: 2px solid {t['accent']}; }}
QTabBar::tab:hover:!selected {{ color: {t['text']}; background: {t['subtle']}; }}
QHeaderView::section {{ padding: {s1}px {s2 - 2}px; border: none; border-bottom: 1px solid {t['border']};
                        border-right: 1px solid {t['subtle']}; background: {t['window']}; font-weight: 600; }}
QTableView, QTreeView, QListView {{ border: 1px solid {t['border']}; border-radius: 6px; background: {t['surface']};
                                    gridline-color: {t['subtle']}; }}
QListWidget#community_list {{ border: none; background: {t['window']}; }}
QListWidget#community_list::item {{ padding: {s1}px {s2}px; border-radius: 6px; }}
QListWidget#community_list::item:selected {{ background: {t['accent']}; color: {t['accent_text']}; }}
QTabWidget QTabWidget::pane {{ border: none; border-top: 1px solid {t['border']}; border-radius: 0; }}
QGroupBox {{ border: none; border-top: 1px solid {t['subtle']}; margin-top: {s4}px; padding-top: {s3}px;
             font-weight: 600; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 0; padding: 0 {s2}px 0 0; }}
QToolTip {{ padding: {s1}px; border: 1px solid {t['border']}; }}
QCheckBox::indicator, QTableView::indicator, QListView::indicator, QGroupBox::indicator {{ width: 14px; height: 14px;
               border: 1px solid {t['muted']}; border-radius: 3px; background: {t['surface']}; }}
QCheckBox::indicator:checked, QTableView::indicator:checked, QListView::indicator:checked {{
               background: {t['accent']}; border-color: {t['accent']}; image: url({check}); }}
QSplitter::handle {{ background: transparent; }}
QStatusBar {{ color: {t['muted']}; }}
"""


def apply(app, dark: bool) -> None:
    app.setPalette(palette(dark))
    app.setStyleSheet(style_sheet(dark))


def set_role(label, role: str) -> None:
    """A label's place in the type scale: display, title, heading or caption."""
    label.setProperty("role", role)


def set_tone(widget, name: str | None) -> None:
    """Colour a widget's text as a signal (danger, warning, success, muted) or plainly (None)."""
    if widget.property("tone") == (name or ""):
        return
    widget.setProperty("tone", name or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_suggested(widget, suggested: bool) -> None:
    """Grey italic text for a template suggestion not yet confirmed."""
    widget.setProperty("suggested", bool(suggested))
    widget.style().unpolish(widget)
    widget.style().polish(widget)
