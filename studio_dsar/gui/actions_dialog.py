"""Record what was done for a restriction, a rectification or an objection, and when.

``ActionsDialog(studio, reference, letter_kind, parent=None)``. The table lists what is
recorded for the request; the form below records one more action of a kind the letter states
(processing restricted; data corrected from what to what; an objection honoured, or not with
its compelling grounds). A mistaken entry is withdrawn, not erased: the register and its audit
log keep it, and the letter no longer states it. ``changed`` tells the caller to re-read.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import vocab
from studio_dsar.core.deadlines import studio_today
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.letters import actions as A

from . import dialogs
from .labels import clean, ui_locale
from .widgets import Banner


def _what_label(kind: str) -> str:
    return {
        "restricted": _("&What is restricted:"),
        "corrected": _("&Data corrected:"),
        "told_of_restriction": _("R&ecipient told:"),
        "told_of_correction": _("R&ecipient told:"),
        "restriction_lifted": _("&What is no longer restricted:"),
    }.get(kind, _("&Use of the data:"))


def _what_hint(kind: str) -> str:
    return {
        "restricted": _("e.g. photos of the shoot of 3 May: only stored, not published or used"),
        "corrected": _("e.g. postal address"),
        "marketing_stopped": _("e.g. newsletter"),
        "processing_stopped": _("e.g. photos on the portfolio site"),
        "processing_continued": _("e.g. invoices in the bookkeeping"),
        "told_of_restriction": _("a recipient from your processing record, e.g. your mailing service"),
        "told_of_correction": _("a recipient from your processing record, e.g. your mailing service"),
        "restriction_lifted": _("e.g. photos of the shoot of 3 May: used again"),
    }.get(kind, "")


class ActionsDialog(QDialog):
    COL_DATE, COL_KIND, COL_TEXT = range(3)

    def __init__(self, studio, reference: str, letter_kind: str, parent=None, *, today: date | None = None):
        super().__init__(parent)
        self.studio = studio
        self.reference = reference
        self.letter_kind = letter_kind
        self.changed = False
        self._today = today or studio_today()
        self.setWindowTitle(_("What was done – {ref}").format(ref=reference))
        self.setMinimumSize(720, 460)
        layout = QVBoxLayout(self)
        note = QLabel(_(
            "The letter states exactly what you record here, with its date, and nothing more. Record an action "
            "once it is done. A mistake is withdrawn, not erased: the register keeps it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.banner = Banner()
        self.banner.hide()
        layout.addWidget(self.banner)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([_("Date"), _("Action"), _("What")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_TEXT, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.withdraw_button = QPushButton(_("W&ithdraw selected"))
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.withdraw_button)
        layout.addLayout(row)

        form = QFormLayout()
        self.kind_combo = QComboBox()
        for code in A.RECORDED_FROM.get(letter_kind, A.KINDS):
            self.kind_combo.addItem(vocab.word(A.KIND_LABELS, code), code)
        form.addRow(_("&Action:"), self.kind_combo)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(ui_locale())
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        qtoday = QDate(self._today.year, self._today.month, self._today.day)
        self.date_edit.setDate(qtoday)
        self.date_edit.setMaximumDate(qtoday)  # done, not planned
        form.addRow(_("D&one on:"), self.date_edit)
        self.what_edit = QLineEdit()
        self._completer = QCompleter(self._recipients(), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.what_label = QLabel()
        self.what_label.setBuddy(self.what_edit)
        form.addRow(self.what_label, self.what_edit)
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(_("leave empty when the data was completed"))
        self.from_label = QLabel(_("&From:"))
        self.from_label.setBuddy(self.from_edit)
        form.addRow(self.from_label, self.from_edit)
        self.to_edit = QLineEdit()
        self.to_label = QLabel(_("&To:"))
        self.to_label.setBuddy(self.to_edit)
        form.addRow(self.to_label, self.to_edit)
        self.grounds_edit = QPlainTextEdit()
        self.grounds_edit.setTabChangesFocus(True)
        self.grounds_edit.setMaximumHeight(80)
        self.grounds_label = QLabel(_("&Compelling grounds:"))
        self.grounds_label.setBuddy(self.grounds_edit)
        form.addRow(self.grounds_label, self.grounds_edit)
        layout.addLayout(form)
        self.record_button = QPushButton(_("&Record"))
        self.record_button.clicked.connect(self.record)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_button)
        layout.addLayout(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(_("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.reload()

    def _recipients(self) -> list[str]:
        """The recipients named in the processing record (offered when telling them, Art. 19)."""
        from studio_dsar.core.letters.compose import recipient_keys

        try:
            return recipient_keys(self.studio.profile)
        except DsarError:
            return []

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind
        self.what_label.setText(_what_label(kind))
        self.what_edit.setPlaceholderText(_what_hint(kind))
        corrected, continued = kind == "corrected", kind == "processing_continued"
        # None takes the completer away (Qt accepts a null pointer; the stubs do not say so).
        self.what_edit.setCompleter(self._completer if kind.startswith("told_of_") else None)  # type: ignore[arg-type]
        pairs: list[tuple[QWidget, bool]] = [
            (self.from_label, corrected), (self.from_edit, corrected), (self.to_label, corrected),
            (self.to_edit, corrected), (self.grounds_label, continued), (self.grounds_edit, continued)]
        for widget, shown in pairs:
            widget.setVisible(shown)

    def reload(self) -> None:
        self.recorded: list[A.Action] = [a for a in self.studio.actions(self.reference)
                        if a.kind in A.RECORDED_FROM.get(self.letter_kind, A.KINDS)]
        self.table.setRowCount(len(self.recorded))
        for row, action in enumerate(self.recorded):
            cells = (action.done_on.isoformat(), vocab.word(A.KIND_LABELS, action.kind), clean(action.details()))
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.withdraw_button.setEnabled(bool(self.recorded))

    def record(self) -> bool:
        qdate = self.date_edit.date()
        try:
            self.studio.record_action(
                self.reference, self.kind, self.what_edit.text(),
                done_on=date(qdate.year(), qdate.month(), qdate.day()),
                value_from=self.from_edit.text(), value_to=self.to_edit.text(),
                grounds=self.grounds_edit.toPlainText(), today=self._today)
        except DsarError as exc:
            self.banner.show_message(str(exc), "overdue")
            return False
        self.changed = True
        self.banner.show_message(_("Recorded. The letter states it."), "ok")
        for edit in (self.what_edit, self.from_edit, self.to_edit):
            edit.clear()
        self.grounds_edit.clear()
        self.reload()
        return True

    def withdraw_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.recorded):
            return
        try:
            self.studio.withdraw_action(self.reference, self.recorded[row].id)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("What was done"))
            return
        self.changed = True
        self.banner.show_message(_("Withdrawn: the letter no longer states it."), "info")
        self.reload()
