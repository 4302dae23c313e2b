"""The visual design pass: every icon loads, every tab and page fits 1280×800 without a sideways
scroll bar, both themes pass a contrast check, and the guide opens from the Help menu offline."""
import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QTableView, QTabWidget

from tests.ui_helpers import open_window


def test_every_icon_resource_loads(qtbot):
    from ui.widgets import icons
    names = icons.names()
    assert len(names) >= 30 and (icons.FOLDER / "LICENSE").exists()
    for name in names:
        assert not icons.icon(name).isNull(), name
        assert icons.icon(name).pixmap(24, 24).width() == 24
    for name in icons.BY_KEY.values():
        assert name in names


def _pixels(image):
    import numpy as np
    from PySide6.QtGui import QImage
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).astype(int)


def test_the_shipped_png_icons_are_the_svgs_drawn_in_each_themes_text_colour(qtbot):
    """Start-up reads resources/icons/rendered instead of drawing the SVGs: the PNGs must be what
    the SVGs draw now (after changing an SVG, `make icons` writes them again). A few levels of
    difference at the edges are allowed, for another Qt's anti-aliasing."""
    from PySide6.QtGui import QImage
    from ui.widgets import icons
    shipped = sorted(p.name for p in icons.RENDERED.glob("*.png"))
    assert shipped == sorted(icons.rendered_path(n, c).name for n in icons.names() for c in icons.theme_colours())
    for name in icons.names():
        for colour in icons.theme_colours():
            png, svg = _pixels(QImage(str(icons.rendered_path(name, colour)))), _pixels(icons.draw(name, colour))
            assert png.shape == svg.shape and abs(png - svg).mean() < 1 and abs(png - svg).max() <= 32, (name, colour)
    icons._cache.clear()
    light = icons.theme_colours()[0]
    assert (_pixels(icons.icon("plus", light).pixmap(48, 48).toImage()) == _pixels(QImage(
        str(icons.rendered_path("plus", light))))).all()  # the shipped file is what the app shows
    assert not icons.icon("plus", "#ff0000").isNull()  # another colour: drawn from the SVG


def _pages(window):
    """Every tab of the community page and every page inside it, brought to the front in turn."""
    from ui.shell.main_window import TABS
    for key in TABS:
        tab = window.show_tab(key)
        inner = getattr(tab, "pages", None)
        for index in range(inner.count() if isinstance(inner, QTabWidget) else 1):
            if isinstance(inner, QTabWidget):
                if not inner.isTabVisible(index):
                    continue
                inner.setCurrentIndex(index)
            yield f"{key}/{index}"


def _overflowing(window) -> list[str]:
    out = []
    for view in window.findChildren(QAbstractScrollArea):
        if isinstance(view, QTableView) and view.isVisible() and view.horizontalScrollBar().isVisible():
            out.append(f"{type(view.parent()).__name__} › {type(view).__name__}")
    return out


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_tab_and_page_fits_1280_by_800(qtbot, workspace, lang):
    from app import i18n
    from app.services import demo
    i18n.set_language(lang)
    cid = demo.add_demo()
    window = open_window(qtbot, workspace)
    window.resize(1280, 800)
    window.communities.reload(select=cid)
    qtbot.wait(20)
    assert window.width() <= 1280 and window.height() <= 800
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800
    bar = window.tabs.tabBar()  # every tab's title whole, no scroll arrows
    assert bar.sizeHint().width() <= window.tabs.width(), (bar.sizeHint().width(), window.tabs.width())
    cut = {}
    for page in _pages(window):
        qtbot.wait(5)
        if _overflowing(window):
            cut[page] = _overflowing(window)
    window.show_agenda()
    qtbot.wait(5)
    if _overflowing(window):
        cut["agenda"] = _overflowing(window)
    assert cut == {}


def _contrast(a, b) -> float:
    def lum(colour):
        def part(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * part(colour.red()) + 0.7152 * part(colour.green()) + 0.0722 * part(colour.blue())
    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True])
def test_both_themes_pass_a_contrast_check(qtbot, dark):
    """WCAG AA for body text (4.5:1): text, muted captions, placeholders and the signal colours on
    the backgrounds they are drawn on, and the accent's text on the accent (the same in both)."""
    from PySide6.QtGui import QColor, QPalette
    from ui.widgets import style
    t = style.tokens(dark)
    for fg in ("text", "muted", "placeholder", "danger", "warning", "success", "accent"):
        for bg in ("surface", "window"):
            assert _contrast(QColor(t[fg]), QColor(t[bg])) >= 4.5, (fg, bg)
    assert _contrast(QColor(style.ACCENT_TEXT), QColor(style.ACCENT)) >= 4.5
    assert _contrast(QColor(t["text"]), QColor(t["subtle"])) >= 4.5
    p = style.palette(dark)
    for fg, bg in ((QPalette.ColorRole.Text, QPalette.ColorRole.Base),
                   (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
                   (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
                   (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)):
        assert _contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)


def test_theme_switch_repaints_icons_and_signal_colours(qtbot, workspace):
    from PySide6.QtGui import QGuiApplication, QPalette
    from ui.shell.theme import apply_theme
    from ui.widgets import icons, style
    window = open_window(qtbot, workspace)
    apply_theme("dark")
    assert style.is_dark() and style.tone("danger").name() == style.DARK["danger"]
    dark_icon = icons.icon("plus").pixmap(24, 24).toImage()
    apply_theme("light")
    assert not style.is_dark()
    assert icons.icon("plus").pixmap(24, 24).toImage() != dark_icon  # tinted again
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window).name() == style.LIGHT["window"]
    window.close()


def test_the_guide_opens_from_the_help_menu_offline(qtbot, workspace):
    window = open_window(qtbot, workspace)
    help_menu = [a.menu() for a in window.menuBar().actions() if a.menu() and "Help" in a.text()][0]
    [a for a in help_menu.actions() if "Guide" in a.text()][0].trigger()
    guide = window.guide
    assert guide.isVisible()
    document = guide.browser.document()
    assert "Community planner: a short guide" in document.toPlainText()
    text = document.toHtml()
    assert text.count("<img") >= 8
    from PySide6.QtGui import QTextDocument
    from ui.shell.guide import FOLDER
    for name in ("en-wizard", "en-agenda", "en-scripts"):
        assert (FOLDER / "img" / f"{name}.webp").exists()
        image = document.resource(QTextDocument.ResourceType.ImageResource, guide.browser.source().resolved(
            __import__("PySide6.QtCore", fromlist=["QUrl"]).QUrl(f"img/{name}.webp")))
        assert image is not None and not image.isNull(), name
