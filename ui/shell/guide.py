"""Help ▸ Guide: the short illustrated guide shipped with the app (resources/guide), in the
app's language, read from disk: it works offline."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout

from app import i18n

FOLDER = i18n.RESOURCES / "guide"


def page() -> QUrl:
    name = "zh_CN" if i18n.language() == "zh_CN" else "en"
    return QUrl.fromLocalFile(str(FOLDER / f"{name}.html"))


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.resize(820, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(page())
        layout.addWidget(self.browser)
