"""The table view and editors every tabular screen shares."""
from __future__ import annotations

import math

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHeaderView, QPlainTextEdit,
                               QStyledItemDelegate, QTableView)

from ui.widgets.date_edit import date_edit
from ui.widgets.table_model import SpecTableModel


class _TextEditor(QPlainTextEdit):
    """Multi-line cell editor: Enter commits, Shift+Enter starts a new line."""
    commit = Signal()

    def keyPressEvent(self, event):
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.commit.emit()
            return
        super().keyPressEvent(event)


class SpecDelegate(QStyledItemDelegate):
    def _column(self, index):
        return index.model().columns[index.column()]

    def createEditor(self, parent, option, index):
        col = self._column(index)
        if col.kind == "text":
            editor = _TextEditor(parent)
            editor.setTabChangesFocus(True)
            editor.commit.connect(lambda: (self.commitData.emit(editor), self.closeEditor.emit(editor)))
            return editor
        if col.kind in ("choice", "combo"):
            editor = QComboBox(parent)
            editor.setEditable(col.kind == "combo")
            for value, label in col.choices():
                editor.addItem(label, value)
            return editor
        if col.kind == "date":
            return date_edit(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
            editor.selectAll()
        elif isinstance(editor, QComboBox):
            i = editor.findData(value)
            if i >= 0:
                editor.setCurrentIndex(i)
            else:
                editor.setEditText(str(value or ""))
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value) if value else QDate.currentDate())
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QComboBox):
            if editor.isEditable() and editor.currentText() != editor.itemText(editor.currentIndex()):
                model.setData(index, editor.currentText())
            else:
                model.setData(index, editor.currentData() if editor.currentData() is not None
                              else editor.currentText())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date().toPython())
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):  # room for a few lines while typing
            rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)


class SpecTableView(QTableView):
    """Row selection, wrapped text, columns sized from the spec; Alt+Up/Down moves rows."""
    move_requested = Signal(int)  # -1 up, +1 down
    delete_requested = Signal()

    def __init__(self, model: SpecTableModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(SpecDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.setAlternatingRowColors(model.row_brush is None)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a narrowed column: "Speaking…", its tooltip whole
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for i, col in enumerate(model.columns):
            self.setColumnWidth(i, col.width)
        self._fitted_for = -1  # the viewport width the columns were last fitted to
        self.verticalHeader().setDefaultSectionSize(28)
        if model.on_move:
            self.setDragEnabled(True)
            self.setAcceptDrops(True)
            self.setDropIndicatorShown(True)
            self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self.setDefaultDropAction(Qt.DropAction.MoveAction)
        model.modelReset.connect(self.fit_rows)
        model.dataChanged.connect(self.fit_rows)

    empty_text = ""  # what an empty table says belongs in it (and how to add the first row)

    def paintEvent(self, event):
        super().paintEvent(event)
        if self.empty_text and self.model().rowCount() == 0:
            from PySide6.QtGui import QPainter
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)

    undo_stack = None  # set by the owner: a multi-row clear is then one undo step

    def delete_rows(self) -> None:
        """Ask for the selected rows to be deleted, then select the row that took the first one's
        place (or the new last row), so the next Ctrl+Del or arrow key goes on from there."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        if not rows:
            return
        self.delete_requested.emit()
        count = self.model().rowCount()
        if count:
            self.selectRow(min(rows[0], count - 1))

    def clear_cells(self) -> None:
        """Empty the current column's cell in each selected row (one undo step); a column that
        cannot be empty (a required name, a check box, a computed value) is left alone."""
        model, column = self.model(), self.currentIndex().column()
        if column < 0:
            return
        col = model.columns[column]
        if col.kind in ("bool", "readonly"):
            return
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()}) or [self.currentIndex().row()]
        indexes = [model.index(r, column) for r in rows if model.flags(model.index(r, column)) & Qt.ItemFlag.ItemIsEditable]
        ids = [model.row_at(i.row())["id"] for i in indexes]
        if self.undo_stack is not None and len(ids) > 1:
            self.undo_stack.beginMacro(self.tr("Clear cells"))
        try:
            for row_id in ids:  # by id: each edit reloads the rows
                row = model.row_of_id(row_id)
                if row >= 0 and model.row_at(row).get(col.field) not in (None, ""):
                    model.setData(model.index(row, column), "", Qt.ItemDataRole.EditRole)
        finally:
            if self.undo_stack is not None and len(ids) > 1:
                self.undo_stack.endMacro()

    SHRINKS = ("text", "line", "combo")  # columns whose text wraps when narrower; the rest keep their width

    def fit_columns(self) -> None:
        """Fit the columns to the width there is: when the spec's widths add up to more, the
        columns of free text give up width (down to their header's) so that nothing is cut off
        and no sideways scroll bar appears; the last column takes what is left over."""
        model, header = self.model(), self.horizontalHeader()
        # the width with room for a vertical scroll bar whether or not one shows: fitted to the
        # viewport itself, wrapping rows would bring the bar, the bar narrower columns, and round
        scroll = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent)
        available = (self.width() - 2 * self.frameWidth() - scroll
                     - (0 if self.verticalHeader().isHidden() else self.verticalHeader().sizeHint().width()))
        if available <= 0 or available == self._fitted_for:
            return
        self._fitted_for = available
        shown = [i for i in range(len(model.columns)) if not self.isColumnHidden(i)]
        wanted = {i: model.columns[i].width for i in shown}
        metrics = header.fontMetrics()
        # a column may narrow to its header's width (a long header, to 96 px: it is then elided, its
        # tooltip has it whole)
        least = {i: min(wanted[i], max(44, min(96, metrics.horizontalAdvance(model.columns[i].header) + 18)))
                 for i in shown}
        if shown:  # the last column stretches into what is left: it needs only its header's width
            wanted[shown[-1]] = least[shown[-1]]
        # free text first (it wraps); then, if still too wide, the other columns down to their headers
        for kinds in (self.SHRINKS, None):
            over = sum(wanted.values()) - available
            flexible = [i for i in shown if (kinds is None and model.columns[i].kind != "bool"
                                             or kinds is not None and model.columns[i].kind in kinds)
                        and wanted[i] > least[i]]
            room = sum(wanted[i] - least[i] for i in flexible)
            if over > 0 and room:  # each gives up the same share of what it can spare (rounded up)
                share = min(1.0, over / room)
                for i in flexible:
                    wanted[i] = max(least[i], wanted[i] - math.ceil((wanted[i] - least[i]) * share))
        for i in shown[:-1]:
            self.setColumnWidth(i, wanted[i])
        if shown:  # (set as well: the header stretches the last section later, and not below its size)
            self.setColumnWidth(shown[-1], max(least[shown[-1]], available - sum(wanted[i] for i in shown[:-1])))

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.fit_columns()
        self.fit_rows()

    def fit_rows(self, *args):
        if self.model().rowCount() <= 100:  # sizing to contents costs a text layout per cell
            self.resizeRowsToContents()

    def selected_ids(self) -> list[int]:
        model = self.model()
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [model.row_at(r)["id"] for r in rows]

    def select_id(self, row_id: int) -> None:
        row = self.model().row_of_id(row_id)
        if row >= 0:
            self.selectRow(row)
            self.scrollTo(self.model().index(row, 0))

    def keyPressEvent(self, event):
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.state() != QAbstractItemView.State.EditingState:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.delete_rows()  # Ctrl+Del deletes the selected rows
            else:
                self.clear_cells()  # Del empties the cell, as in a spreadsheet
            return
        super().keyPressEvent(event)

