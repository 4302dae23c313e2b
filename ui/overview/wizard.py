"""New community: one short form, done in under a minute; every field stays editable later.

Name, platform, what it sells or serves, the type (picked directly, or by clicking the
AIDASS stages it covers), the launch date (21 days ahead, so the planning SOP starts today)
and the language of the templates.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

from app import domain
from app.i18n import language
from app.services import communities
from ui.widgets.aidass_bar import AidassBar
from ui.widgets.date_edit import date_edit


class NewCommunityWizard(QDialog):
    def __init__(self, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New community"))
        self.setMinimumWidth(820)  # (the six AIDASS stages, bold when chosen, in full)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A few answers and the planner prepares a plan to start from: rules, columns and "
                               "the four SOP tables for this type of community, as suggestions you review."),
                       wordWrap=True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(placeholderText=self.tr("e.g. 宝妈好物分享群"))
        form.addRow(self.tr("Name"), self.name)
        self.platform = QComboBox()
        for code in domain.PLATFORMS:
            self.platform.addItem(domain.label(domain.PLATFORMS, code), code)
        form.addRow(self.tr("Platform"), self.platform)
        self.offering = QLineEdit(placeholderText=self.tr("e.g. baby products, Excel courses, a coffee shop"))
        form.addRow(self.tr("Sells or serves"), self.offering)
        self.type = QComboBox()
        self.type.addItem(self.tr("Choose a type, or click the stages below"), None)
        for code in domain.TYPES:
            self.type.addItem(domain.label(domain.TYPES, code), code)
        self.type.activated.connect(self._type_picked)
        form.addRow(self.tr("Type"), self.type)
        self.span: tuple[int, int] | None = None
        self.aidass = AidassBar(self._span_clicked)
        form.addRow(self.tr("Stages covered"), self.aidass)
        self.reading = QLabel(wordWrap=True)
        form.addRow("", self.reading)
        self.launch = date_edit()
        self.launch.setDate(QDate(communities.default_launch(today)))
        form.addRow(self.tr("Launch date"), self.launch)
        self.lang = QComboBox()
        for code, text in (("zh_CN", "中文"), ("en", "English")):
            self.lang.addItem(text, code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(language())))
        form.addRow(self.tr("Template language"), self.lang)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _type_picked(self, _index=0):
        code = self.type.currentData()
        self.span = domain.TYPE_SPANS.get(code)
        self.aidass.show_span(self.span)
        self._update()

    def _span_clicked(self, span):
        self.span = span
        self.aidass.show_span(span)
        derived = domain.type_for_span(*span).type if span else None
        self.type.setCurrentIndex(max(0, self.type.findData(derived)))
        self._update()

    def chosen_type(self) -> str | None:
        return self.type.currentData()

    def _update(self):
        code = self.chosen_type()
        if code:
            priority, kpis = (domain.pick(p) for p in domain.TYPE_PRIORITY[code])
            self.reading.setText(self.tr("First priority: {priority} · KPIs: {kpis}").format(priority=priority, kpis=kpis))
        else:
            self.reading.setText(self.tr("No type yet: the templates of a neutral community are used."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict:
        """What communities.create takes."""
        return {"name": self.name.text().strip(), "platform": self.platform.currentData(),
                "offering": self.offering.text().strip(), "type_override": self.chosen_type(),
                "span": self.span, "start_date": self.launch.date().toPython(), "lang": self.lang.currentData()}
