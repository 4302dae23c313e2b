"""The one editable table model: a column spec drives every tabular screen.

Rows are plain dicts from a service (each with an "id"). The model never stores an
edit itself: setData hands (row id, field, value) to `on_edit`, which pushes an undo
command; the tab then reloads the rows. Filtering happens here, over the Python list,
because QSortFilterProxyModel calls data() per comparison and is far slower.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QBrush

from app import domain
from ui.widgets import style

MIME = "application/x-community-planner-row-ids"


def SUGGESTION_TIP() -> str:  # noqa: N802 (a constant, translated when asked)
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("SpecTableModel", "A template suggestion: edit or accept it to make it part "
                                      "of your plan.")


def _italic():
    from PySide6.QtGui import QFont
    font = QFont()
    font.setItalic(True)
    return font


def choices(names: dict, codes=None) -> Callable[[], list[tuple[str, str]]]:
    """A choice column's (code, label) list from a domain table code -> (中文, English),
    labelled in the current language when the editor opens."""
    return lambda: [(c, domain.pick(names[c])) for c in (codes or names)]


@dataclass
class Column:
    field: str
    header: str
    kind: str = "line"        # line | text | choice | combo | bool | date | readonly
    choices: Callable[[], list[tuple[str, str]]] | None = None  # (stored value, label)
    fmt: Callable[[object], str] | None = None  # how a stored value is shown, when not by choices
    width: int = 120
    tooltip: str = ""

    def label(self, value) -> str:
        if self.kind == "choice" and self.choices:
            return dict(self.choices()).get(value, value or "")
        if self.fmt:
            return self.fmt(value)
        return "" if value is None else str(value)


class SpecTableModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], on_edit: Callable[[int, str, object], bool],
                 on_move: Callable[[list[int], int], None] | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.on_edit = on_edit
        self.on_move = on_move
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self._filter: Callable[[dict], bool] | None = None
        self.row_brush: Callable[[dict], QBrush | None] | None = None
        self.hidden_repeats: set[str] = set()  # fields shown only when they change (grouping)

    # -- contents
    def set_rows(self, rows: list[dict]) -> None:
        """Show new rows; same ids in the same order update in place (selection survives)."""
        old_ids = [r["id"] for r in self._rows]
        self._all = rows
        visible = [r for r in rows if self._filter is None or self._filter(r)]
        if [r["id"] for r in visible] == old_ids and old_ids:
            self._rows = visible
            self.dataChanged.emit(self.index(0, 0), self.index(len(visible) - 1, len(self.columns) - 1))
        else:
            self.beginResetModel()
            self._rows = visible
            self.endResetModel()

    def set_filter(self, predicate: Callable[[dict], bool] | None) -> None:
        self._filter = predicate
        self.beginResetModel()
        self._rows = [r for r in self._all if predicate is None or predicate(r)]
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the Python list (a proxy model would call data() per comparison)."""
        col = self.columns[column]
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(row):
            value = row.get(col.field)
            return (value is None, col.label(value) if col.kind == "choice" else value if value is not None else "")
        self.beginResetModel()
        self._all.sort(key=key, reverse=reverse)
        self._rows = [r for r in self._all if self._filter is None or self._filter(r)]
        self.endResetModel()

    def row_at(self, row: int) -> dict:
        return self._rows[row]

    def rows(self) -> list[dict]:
        return list(self._rows)

    def row_of_id(self, row_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r["id"] == row_id:
                return i
        return -1

    # -- Qt model interface
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            col = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return col.header
            if role == Qt.ItemDataRole.ToolTipRole:  # (the whole header, when a narrow column elides it)
                return col.tooltip or col.header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], self.columns[index.column()]
        value = row.get(col.field)
        if col.kind == "bool":
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col.field in self.hidden_repeats and index.row() > 0 \
                    and self._rows[index.row() - 1].get(col.field) == value:
                return ""
            return col.label(value)
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else value
        suggested = row.get("suggested")
        if role == Qt.ItemDataRole.ToolTipRole and (suggested or (col.kind == "text" and value)):
            hint = SUGGESTION_TIP() if suggested else ""
            return f"{value}\n\n{hint}".strip() if col.kind == "text" and value else hint
        if role == Qt.ItemDataRole.BackgroundRole and self.row_brush:
            return self.row_brush(row)
        if role == Qt.ItemDataRole.ForegroundRole and (suggested or col.kind == "readonly" and not (
                self.row_brush and self.row_brush(row))):  # (on a coloured row, computed text keeps full contrast)
            return QBrush(style.tone("muted"))
        if role == Qt.ItemDataRole.FontRole and suggested:
            return _italic()
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled if self.on_move else base
        col = self.columns[index.column()]
        if col.kind == "bool":
            base |= Qt.ItemFlag.ItemIsUserCheckable
        elif col.kind != "readonly":
            base |= Qt.ItemFlag.ItemIsEditable
        if self.on_move:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        row, col = self._rows[index.row()], self.columns[index.column()]
        if col.kind == "bool":
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if value == row.get(col.field) or (value == "" and row.get(col.field) is None):
            return False
        return bool(self.on_edit(row["id"], col.field, value))

    # -- drag and drop reordering
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME]

    def mimeData(self, indexes):
        ids = sorted({self._rows[i.row()]["id"] for i in indexes if i.isValid()},
                     key=self.row_of_id)
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not self.on_move or not data.hasFormat(MIME):
            return False
        ids = [int(x) for x in bytes(data.data(MIME)).decode().split(",") if x]
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        # the drop position counts rows that are moving; move() wants the index after removal
        target -= sum(1 for i in ids if 0 <= self.row_of_id(i) < target)
        self.on_move(ids, target)
        return False  # the reload shows the new order; Qt must not remove rows itself
