"""The AIDASS path as six toggle buttons: the positioning tab and the new-community wizard
mark the span a community covers with it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app import domain


class AidassBar(QWidget):
    """Six stages left to right; clicking grows or trims a contiguous span."""

    def __init__(self, on_span, parent=None):
        super().__init__(parent)
        self.on_span = on_span
        self.span: tuple[int, int] | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = []
        for i in range(len(domain.AIDASS)):
            if i:
                arrow = QLabel("→")
                arrow.setAlignment(Qt.AlignmentFlag.AlignCenter)
                layout.addWidget(arrow)
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("stage", True)  # two lines high; checked: the accent (ui/widgets/style.py)
            button.clicked.connect(lambda _=False, i=i: self.clicked_stage(i))
            button.setToolTip(domain.pick(domain.GLOSSARY[domain.AIDASS[i][0]]))
            layout.addWidget(button, 1)
            self.buttons.append(button)
        self.setToolTip(domain.pick(domain.GLOSSARY["aidass"]))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(lambda: self.on_span(None))
        layout.addWidget(self.clear_button)
        self.retranslate()

    def retranslate(self):
        for i, button in enumerate(self.buttons):
            _, zh, en = domain.AIDASS[i]
            button.setText(f"{zh}\n{en}" if domain.language() == "zh_CN" else en)

    def show_span(self, span):
        self.span = span
        for i, button in enumerate(self.buttons):
            button.setChecked(span is not None and span[0] <= i <= span[1])

    def clicked_stage(self, i: int):
        """Outside the span: extend it to i. On an edge: trim it. Inside: cut it to end at i."""
        span = self.span
        if span is None:
            new = (i, i)
        elif i < span[0]:
            new = (i, span[1])
        elif i > span[1]:
            new = (span[0], i)
        elif span[0] == span[1] == i:
            new = None
        elif i == span[0]:
            new = (i + 1, span[1])
        elif i == span[1]:
            new = (span[0], i - 1)
        else:
            new = (span[0], i)
        self.show_span(self.span)  # the stored span decides what is checked
        self.on_span(new)
