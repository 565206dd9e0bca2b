"""The requests table: a model over the register's entries and a proxy that filters.

Built for a register of tens of thousands of requests:

* each row is a :class:`studio_dsar.core.register.Entry`, whose deadlines were computed once
  when the request was loaded or changed (never per paint);
* display texts are made when a row is first painted, then kept;
* sorting happens in the model, on keys computed once per column (``list.sort`` on plain
  tuples), never through a Python ``lessThan`` called for every comparison; the proxy only
  filters and hands ``sort()`` to the model;
* one changed request replaces its own row (:meth:`RequestTableModel.upsert`) instead of a
  reload of the whole register.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from studio_dsar.core.i18n import _
from studio_dsar.core.register import Entry, make_entry

from .labels import clean, days_left_text, fmt_date, fmt_date_long, right_label, status_label

REFERENCE, REQUESTER, EMAIL, RIGHTS, RECEIVED, DUE, DAYS_LEFT, STATUS = range(8)
COLUMNS = 8

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1   # the Request object
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2   # 'overdue' | 'soon' | 'ok' | 'closed'
SORT_ROLE = Qt.ItemDataRole.UserRole + 3      # the key the model sorts this column on
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 4     # the register Entry (request + deadlines)

# Light backgrounds with dark text: readable in light and dark styles alike (the foreground is
# set explicitly whenever the background is).
COLOURS = {
    "overdue": ("#f8d7da", "#842029", "#d63a48"),  # background, text, dot
    "soon": ("#fff3cd", "#664d03", "#e0a100"),
    "ok": (None, None, "#2f9e58"),
    "closed": (None, None, "#9aa0a6"),
}

# Quick filters: which rows each shows.
WHICH = ("open", "overdue", "soon", "closed", "all")

Row = Entry  # the detail pane and older callers name it so


def make_row(req, country: str, promise_days: int, today: date | None = None) -> Entry:
    return make_entry(req, country, promise_days, today)


def dot_icon(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pix)


def urgency_text(urgency: str) -> str:
    return {
        "overdue": _("Overdue"),
        "soon": _("Due within 7 days"),
        "ok": _("On schedule"),
        "closed": _("Closed"),
    }[urgency]


class RequestTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Entry] = []
        self._texts: dict[str, tuple[Entry, list[str]]] = {}  # reference -> (entry, texts), on first paint
        self._keys: dict[int, list] = {}  # column -> sort keys aligned with self.rows
        self._index: dict[str, int] = {}  # reference -> row
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._in_order = False  # rows are in self._sort's order
        self._icons: dict[str, QIcon] = {}
        self._brushes = {u: (QBrush(QColor(bg)) if bg else None, QBrush(QColor(fg)) if fg else None)
                         for u, (bg, fg, _dot) in COLOURS.items()}

    def headers(self) -> list[str]:
        return [_("Reference"), _("Requester"), _("E-mail"), _("Rights"), _("Received"),
                _("Due"), _("Days left"), _("Status")]

    # -- loading --------------------------------------------------------------------------
    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self.rows = list(entries)
        self._texts.clear()
        self._keys.clear()
        if self._sort is not None:
            self._sort_rows(*self._sort)
            self._in_order = True
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._index = {e.request.reference: i for i, e in enumerate(self.rows)}

    def row_for_reference(self, reference: str | None) -> int:
        return self._index.get(reference, -1) if reference else -1

    def entry(self, reference: str | None) -> Entry | None:
        row = self.row_for_reference(reference)
        return self.rows[row] if row >= 0 else None

    def upsert(self, entry: Entry) -> None:
        """Put one changed (or new) request in place; the order follows the current sort."""
        row = self.row_for_reference(entry.request.reference)
        if row < 0:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(entry)
            for col, keys in self._keys.items():
                keys.append(self._key(entry, col))
            self._index[entry.request.reference] = len(self.rows) - 1
            self.endInsertRows()
        else:
            self.rows[row] = entry
            for col, keys in self._keys.items():
                keys[row] = self._key(entry, col)
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))
        if self._sort is not None:
            self._in_order = False
            self.sort(*self._sort)

    def remove(self, reference: str) -> None:
        row = self.row_for_reference(reference)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        entry = self.rows.pop(row)
        self._texts.pop(entry.request.reference, None)
        for keys in self._keys.values():
            keys.pop(row)
        self._reindex()
        self.endRemoveRows()

    # -- sorting ----------------------------------------------------------------------
    def _key(self, entry: Entry, col: int):
        req = entry.request
        ref = req.reference
        if col == DAYS_LEFT:
            # Open requests by days left; closed ones after them, most recently due first.
            return (1, -entry.days_left, ref) if not req.is_open else (0, entry.days_left, ref)
        if col == RECEIVED:
            return (entry.deadlines.received.toordinal(), ref)
        if col == DUE:
            return (entry.due.toordinal(), ref)
        if col == REFERENCE:
            return req.reference_key  # year, then number as a number: 9999 before 10001
        return (self._text(entry, col).casefold(), ref)

    def _column_keys(self, col: int) -> list:
        keys = self._keys.get(col)
        if keys is None:
            keys = self._keys[col] = [self._key(e, col) for e in self.rows]
        return keys

    def _sort_rows(self, col: int, order: Qt.SortOrder) -> None:
        keys = self._column_keys(col)
        perm = sorted(range(len(self.rows)), key=keys.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [self.rows[i] for i in perm]
        for c, ks in self._keys.items():
            self._keys[c] = [ks[i] for i in perm]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        if self._sort == (column, order) and self._in_order:
            return  # already in this order (the header asks again after a restore)
        self._sort = (column, order)
        self._in_order = True
        self.layoutAboutToBeChanged.emit()
        old_refs = [e.request.reference for e in self.rows]
        persistent = self.persistentIndexList()
        self._sort_rows(column, order)
        self._reindex()
        if persistent:
            new = []
            for index in persistent:
                row = self._index.get(old_refs[index.row()], -1) if 0 <= index.row() < len(old_refs) else -1
                new.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _icon(self, urgency: str) -> QIcon:
        if urgency not in self._icons:
            self._icons[urgency] = dot_icon(COLOURS[urgency][2])
        return self._icons[urgency]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row_no = index.row()
        if not 0 <= row_no < len(self.rows):
            return None
        entry = self.rows[row_no]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[entry.urgency][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[entry.urgency][1]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(entry.urgency) if col == REFERENCE else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col == DAYS_LEFT else None
        if role == REQUEST_ROLE:
            return entry.request
        if role == ENTRY_ROLE:
            return entry
        if role == URGENCY_ROLE:
            return entry.urgency
        if role == SORT_ROLE:
            return self._column_keys(col)[row_no]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, col)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(entry, col) + (" — " + urgency_text(entry.urgency) if col == REFERENCE else "")
        return None

    def _text(self, entry: Entry, col: int) -> str:
        cached = self._texts.get(entry.request.reference)
        if cached is None or cached[0] is not entry:
            cached = self._texts[entry.request.reference] = (entry, self._display(entry))
        return cached[1][col]

    @staticmethod
    def _display(entry: Entry) -> list[str]:
        req = entry.request
        return [
            req.reference,
            clean(req.requester_name) or _("(unknown)"),
            clean(req.requester_email),
            ", ".join(right_label(r) for r in req.rights) if req.rights else "—",
            fmt_date(entry.deadlines.received),
            fmt_date(entry.due),
            days_left_text(entry.days_left) if req.is_open else "—",
            status_label(req.status),
        ]

    def _tooltip(self, entry: Entry, col: int) -> str | None:
        dl = entry.deadlines
        if col in (DUE, DAYS_LEFT, REFERENCE):
            lines = [urgency_text(entry.urgency),
                     _("Legal deadline: {date}").format(date=fmt_date_long(dl.legal_due)),
                     _("Promised: {date}").format(date=fmt_date_long(dl.promised_due))]
            if dl.extended:
                lines.append(_("Extended to: {date}").format(date=fmt_date_long(dl.extended_due)))
            return "\n".join(lines)
        # Tool tips are shown as rich text when they look like markup, and names and addresses
        # come from mails: escape them so they are always shown literally.
        text = self._text(entry, col)
        return "<qt>" + html.escape(text) + "</qt>" if text else None


class RequestFilterProxy(QSortFilterProxyModel):
    """Filters: open/overdue/due soon/closed/all, one status, one right, and a search in
    name, e-mail, reference and rights. Sorting is the source model's (see module doc)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._which = "all"
        self._status: str | None = None
        self._right: str | None = None
        self._search = ""
        self._haystacks: dict[str, tuple[Entry, str]] = {}
        self.setDynamicSortFilter(False)

    # -- sorting is the model's -----------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    # -- filters ------------------------------------------------------------------------
    @property
    def which(self) -> str:
        return self._which

    @property
    def status(self) -> str | None:
        return self._status

    @property
    def right(self) -> str | None:
        return self._right

    def set_which(self, which: str) -> None:
        if which not in WHICH:
            raise ValueError(which)
        if which != self._which:
            self._change_filter(lambda: setattr(self, "_which", which))

    def set_status(self, status: str | None) -> None:
        if status != self._status:
            self._change_filter(lambda: setattr(self, "_status", status))

    def set_right(self, right: str | None) -> None:
        if right != self._right:
            self._change_filter(lambda: setattr(self, "_right", right))

    def set_search(self, text: str) -> None:
        text = " ".join((text or "").split()).casefold()
        if text != self._search:
            self._change_filter(lambda: setattr(self, "_search", text))

    @property
    def active(self) -> bool:
        return bool(self._search or self._status or self._right or self._which != "all")

    def _change_filter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def invalidate_texts(self) -> None:
        """Labels changed (another language): search again on the new words."""
        self._haystacks.clear()
        self._change_filter(lambda: None)

    def _haystack(self, entry: Entry) -> str:
        req = entry.request
        cached = self._haystacks.get(req.reference)
        if cached is None or cached[0] is not entry:
            text = " ".join([
                req.requester_name or "", req.requester_email or "", req.reference,
                " ".join(right_label(r) for r in req.rights), " ".join(req.rights),
            ]).casefold()
            cached = self._haystacks[req.reference] = (entry, text)
        return cached[1]

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RequestTableModel)
        entry = model.rows[source_row]
        which = self._which
        if which != "all":
            urgency = entry.urgency
            if which == "open" and urgency == "closed":
                return False
            if which == "closed" and urgency != "closed":
                return False
            if which == "overdue" and urgency != "overdue":
                return False
            if which == "soon" and urgency != "soon":
                return False
        req = entry.request
        if self._status is not None and req.status != self._status:
            return False
        if self._right is not None and self._right not in req.rights:
            return False
        if self._search:
            haystack = self._haystack(entry)
            return all(word in haystack for word in self._search.split())
        return True
