"""The requests table: a model over the register and a proxy that filters, searches and sorts."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from studio_dsar.core import deadlines
from studio_dsar.core.i18n import _
from studio_dsar.core.store import Request

from .labels import clean, days_left_text, fmt_date, fmt_date_long, right_label, status_label

REFERENCE, REQUESTER, EMAIL, RIGHTS, RECEIVED, DUE, DAYS_LEFT, STATUS = range(8)

REQUEST_ROLE = Qt.ItemDataRole.UserRole + 1   # the Request object
URGENCY_ROLE = Qt.ItemDataRole.UserRole + 2   # 'overdue' | 'soon' | 'ok' | 'closed'
SORT_ROLE = Qt.ItemDataRole.UserRole + 3      # a value that sorts correctly

# Light backgrounds with dark text: readable in light and dark styles alike (the foreground is
# set explicitly whenever the background is).
COLOURS = {
    "overdue": ("#f8d7da", "#842029", "#d63a48"),  # background, text, dot
    "soon": ("#fff3cd", "#664d03", "#e0a100"),
    "ok": (None, None, "#2f9e58"),
    "closed": (None, None, "#9aa0a6"),
}


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


@dataclass
class Row:
    request: Request
    deadlines: deadlines.Deadlines
    days_left: int
    urgency: str

    @property
    def due(self) -> date:
        return self.deadlines.effective_due


def make_row(req: Request, country: str, promise_days: int, today: date | None = None) -> Row:
    dl = req.deadlines(country, promise_days)
    left = deadlines.days_left(dl.effective_due, today)
    urgency = deadlines.urgency(dl.effective_due, today) if req.is_open else "closed"
    return Row(req, dl, left, urgency)


class RequestTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self._icons: dict[str, QIcon] = {}

    def headers(self) -> list[str]:
        return [_("Reference"), _("Requester"), _("E-mail"), _("Rights"), _("Received"),
                _("Due"), _("Days left"), _("Status")]

    # -- loading --------------------------------------------------------------------------
    def set_requests(self, requests: list[Request], country: str, promise_days: int,
                     today: date | None = None) -> None:
        self.beginResetModel()
        self.rows = [make_row(r, country, promise_days, today) for r in requests]
        self.endResetModel()

    def row_for_reference(self, reference: str) -> int:
        for i, row in enumerate(self.rows):
            if row.request.reference == reference:
                return i
        return -1

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _icon(self, urgency: str) -> QIcon:
        if urgency not in self._icons:
            self._icons[urgency] = dot_icon(COLOURS[urgency][2])
        return self._icons[urgency]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        req, col = row.request, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == SORT_ROLE:
            return self._sort_value(row, col)
        if role == REQUEST_ROLE:
            return req
        if role == URGENCY_ROLE:
            return row.urgency
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = COLOURS[row.urgency][0]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = COLOURS[row.urgency][1]
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.DecorationRole and col == REFERENCE:
            return self._icon(row.urgency)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == DAYS_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(row, col) + (" — " + self._urgency_text(row) if col == REFERENCE else "")
        return None

    def _display(self, row: Row, col: int) -> str:
        req = row.request
        if col == REFERENCE:
            return req.reference
        if col == REQUESTER:
            return clean(req.requester_name) or _("(unknown)")
        if col == EMAIL:
            return clean(req.requester_email)
        if col == RIGHTS:
            return ", ".join(right_label(r) for r in req.rights) if req.rights else "—"
        if col == RECEIVED:
            return fmt_date(row.deadlines.received)
        if col == DUE:
            return fmt_date(row.due)
        if col == DAYS_LEFT:
            return days_left_text(row.days_left) if req.is_open else "—"
        if col == STATUS:
            return status_label(req.status)
        return ""

    def _sort_value(self, row: Row, col: int):
        req = row.request
        if col == DAYS_LEFT:
            # Open requests by days left; closed ones after them, most recently due first.
            return (1, -row.days_left) if not req.is_open else (0, row.days_left)
        if col in (RECEIVED,):
            return row.deadlines.received.toordinal()
        if col == DUE:
            return row.due.toordinal()
        if col == REFERENCE:
            return req.reference_key[:2]  # year, then number as a number: 9999 before 10001
        return self._display(row, col).casefold()

    def _urgency_text(self, row: Row) -> str:
        return {
            "overdue": _("Overdue"),
            "soon": _("Due within 7 days"),
            "ok": _("On schedule"),
            "closed": _("Closed"),
        }[row.urgency]

    def _tooltip(self, row: Row, col: int) -> str:
        dl = row.deadlines
        if col in (DUE, DAYS_LEFT, REFERENCE):
            lines = [self._urgency_text(row),
                     _("Legal deadline: {date}").format(date=fmt_date_long(dl.legal_due)),
                     _("Promised: {date}").format(date=fmt_date_long(dl.promised_due))]
            if dl.extended:
                lines.append(_("Extended to: {date}").format(date=fmt_date_long(dl.extended_due)))
            return "\n".join(lines)
        # Tool tips are shown as rich text when they look like markup, and names and addresses
        # come from mails: escape them so they are always shown literally.
        text = self._display(row, col)
        return "<qt>" + html.escape(text) + "</qt>" if text else ""


class RequestFilterProxy(QSortFilterProxyModel):
    """Filter open/closed/all, search in name and e-mail (and reference), sort by days left."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._which = "all"
        self._search = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def which(self) -> str:
        return self._which

    def set_which(self, which: str) -> None:
        if which not in ("open", "closed", "all"):
            raise ValueError(which)
        if which != self._which:
            self._change_filter(lambda: setattr(self, "_which", which))

    def set_search(self, text: str) -> None:
        text = " ".join((text or "").split()).casefold()
        if text != self._search:
            self._change_filter(lambda: setattr(self, "_search", text))

    def _change_filter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RequestTableModel)
        req: Request = model.rows[source_row].request
        if self._which == "open" and not req.is_open:
            return False
        if self._which == "closed" and req.is_open:
            return False
        if self._search:
            haystack = " ".join(
                [req.requester_name or "", req.requester_email or "", req.reference]
            ).casefold()
            return all(word in haystack for word in self._search.split())
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            if a != b:
                return a < b
        except TypeError:
            return str(a) < str(b)
        # Ties: by reference, so the order is stable and predictable.
        return left.siblingAtColumn(REFERENCE).data(SORT_ROLE) < right.siblingAtColumn(REFERENCE).data(SORT_ROLE)
