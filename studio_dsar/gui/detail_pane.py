"""The detail pane: everything about one request, with the actions that change it.

Every change goes through the application object (``studio``) and, when the window gave one,
is recorded in its undo history, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import deadlines, vocab
from studio_dsar.core.errors import DsarError, NotFoundError
from studio_dsar.core.i18n import _
from studio_dsar.core.deadlines import studio_today

from . import dialogs
from .labels import (
    channel_label,
    clean,
    days_left_text,
    describe_event,
    fmt_date_long,
    fmt_date_medium,
    fmt_timestamp,
    language_label,
    right_label,
    status_label,
    ui_locale,
)
from .mail_view import MailView
from .style import muted
from .widgets import Banner, NotesEdit, clear_layout, human_size, plain_label


def letter_kind_label(kind: str) -> str:
    return vocab.word(vocab.LETTER_KINDS, kind)


class DetailPane(QWidget):
    """Everything about one request.

    ``changed(reference)`` is emitted after a change the table must show (status, dates).
    ``letter_requested(reference)`` asks the window to open the letter dialog,
    ``idcheck_requested(reference)`` the ID check, ``view_id_copy(item)`` a redacted ID copy,
    ``open_attachment(id)`` an attachment of the mail in the system viewer and
    ``idcheck_attachment(reference, id)`` the ID check of an attachment that looks like an ID.
    """

    changed = Signal(str)
    letter_requested = Signal(str)
    idcheck_requested = Signal(str)
    view_id_copy = Signal(int)
    open_attachment = Signal(int)
    idcheck_attachment = Signal(str, int)
    idcheck_from_mail_requested = Signal(str)

    def __init__(self, studio, settings_provider, parent=None, *, history=None):
        super().__init__(parent)
        self.studio = studio
        self.history = history  # gui.undo.History, or None (no undo)
        self._settings = settings_provider  # () -> (country, promise_days)
        self.reference: str | None = None
        self.row = None  # the register Entry shown
        self._saved_notes = ""

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.placeholder = plain_label(_("Select a request to see its details."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.placeholder)
        self.stack.addWidget(self.placeholder)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(10)

        # Header: name, reference and e-mail, the deadline banner.
        self.title = plain_label()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = plain_label(selectable=True)
        layout.addWidget(self.subtitle)
        self.deadline_banner = Banner()
        layout.addWidget(self.deadline_banner)
        self.notice_banner = Banner()  # an extension whose notice was not sent yet
        layout.addWidget(self.notice_banner)

        # Missing or unreadable date of receipt: say so and let the owner set it.
        self.received_warning = QFrame()
        self.received_warning.setObjectName("receivedWarning")
        self.received_warning.setStyleSheet(
            "QFrame#receivedWarning { background: #fff3cd; border: 1px solid #e6c96b; border-radius: 4px; }"
            " QFrame#receivedWarning QLabel { color: #664d03; background: transparent; }"
        )
        rw = QVBoxLayout(self.received_warning)
        rw.setContentsMargins(10, 8, 10, 8)
        self.received_warning_text = plain_label()
        rw.addWidget(self.received_warning_text)
        row = QHBoxLayout()
        self.received_edit = QDateEdit()
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setLocale(ui_locale())
        self.received_edit.setDisplayFormat("d MMMM yyyy")
        row.addWidget(self.received_edit)
        self.received_button = QPushButton(_("Set date of receipt"))
        self.received_button.clicked.connect(self.set_received_date)
        row.addWidget(self.received_button)
        row.addStretch(1)
        rw.addLayout(row)
        layout.addWidget(self.received_warning)

        self.not_request_banner = Banner()
        layout.addWidget(self.not_request_banner)

        # Status and actions.
        status_box = QGroupBox(_("Status"))
        sl = QVBoxLayout(status_box)
        srow = QHBoxLayout()
        self.status_combo = QComboBox()
        for code in vocab.STATUSES:
            self.status_combo.addItem(status_label(code), code)
        self.status_combo.setToolTip(_("Change the status of this request"))
        self.status_combo.activated.connect(self._status_chosen)
        self.status_combo.setMinimumWidth(200)
        srow.addWidget(self.status_combo)
        srow.addStretch(1)
        sl.addLayout(srow)
        srow = QHBoxLayout()
        self.extend_button = QPushButton(_("Extend deadline…"))
        self.extend_button.setToolTip(_("Extend by two months (GDPR Art. 12(3)); needs a reason"))
        self.extend_button.clicked.connect(self.extend_deadline)
        srow.addWidget(self.extend_button)
        self.letter_button = QPushButton(_("Write letter…"))
        self.letter_button.clicked.connect(lambda: self.reference and self.letter_requested.emit(self.reference))
        srow.addWidget(self.letter_button)
        srow.addStretch(1)
        sl.addLayout(srow)
        # On its own row: three buttons do not fit the pane's narrowest width in Dutch.
        irow = QHBoxLayout()
        self.idcheck_button = QPushButton(_("Check ID document…"))
        self.idcheck_button.setToolTip(_("Black out a scan or photo of an ID, compare it and keep only the redacted copy"))
        self.idcheck_button.clicked.connect(lambda: self.reference and self.idcheck_requested.emit(self.reference))
        irow.addWidget(self.idcheck_button)
        self.idcheck_mail_button = QPushButton(_("Check ID from the mail…"))
        self.idcheck_mail_button.setToolTip(_("Read the ID attached to this request's mail straight into the check, "
                                              "without saving it first"))
        self.idcheck_mail_button.clicked.connect(
            lambda: self.reference and self.idcheck_from_mail_requested.emit(self.reference))
        self.idcheck_mail_button.hide()
        irow.addWidget(self.idcheck_mail_button)
        irow.addStretch(1)
        sl.addLayout(irow)
        self.reason_label = plain_label(selectable=True)
        sl.addWidget(self.reason_label)
        layout.addWidget(status_box)

        # Dates.
        dates_box = QGroupBox(_("Deadlines"))
        self.dates_form = QFormLayout(dates_box)
        self._tune_form(self.dates_form)
        self.received_value = plain_label()
        self.legal_value = plain_label()
        self.promised_value = plain_label()
        self.notice_value = plain_label()
        self.extended_value = plain_label()
        self.dates_form.addRow(_("Received:"), self.received_value)
        self.dates_form.addRow(_("Legal deadline:"), self.legal_value)
        self.dates_form.addRow(_("Our promise:"), self.promised_value)
        self.dates_form.addRow(_("Extension notice by:"), self.notice_value)
        self.dates_form.addRow(_("Extended deadline:"), self.extended_value)
        layout.addWidget(dates_box)

        # The request itself.
        request_box = QGroupBox(_("Request"))
        self.request_form = QFormLayout(request_box)
        self._tune_form(self.request_form)
        self.email_value = plain_label(wrap=False, selectable=True)
        self.rights_value = plain_label()
        self.channel_value = plain_label(wrap=False)
        self.language_value = plain_label(wrap=False)
        self.subject_value = plain_label(selectable=True)
        self.source_value = plain_label(selectable=True)
        self.request_form.addRow(_("E-mail:"), self.email_value)
        self.request_form.addRow(_("Rights:"), self.rights_value)
        self.request_form.addRow(_("Channel:"), self.channel_value)
        self.request_form.addRow(_("Language:"), self.language_value)
        self.request_form.addRow(_("Subject:"), self.subject_value)
        self.request_form.addRow(_("Source file:"), self.source_value)
        layout.addWidget(request_box)

        # The mail, read-only, with its attachments.
        self.mail_view = MailView()
        self.mail_view.open_attachment.connect(self.open_attachment)
        self.mail_view.check_id.connect(lambda i: self.reference and self.idcheck_attachment.emit(self.reference, i))
        layout.addWidget(self.mail_view)

        # Redacted ID copies kept in the vault.
        self.attachments_box = QGroupBox(_("ID copies"))
        self.attachments_grid = QGridLayout(self.attachments_box)
        self.attachments_grid.setHorizontalSpacing(12)
        layout.addWidget(self.attachments_box)

        # Letters, each with whether it was sent.
        self.letters_box = QGroupBox(_("Letters"))
        self.letters_grid = QGridLayout(self.letters_box)
        self.letters_grid.setHorizontalSpacing(10)
        self.letters_grid.setColumnStretch(0, 1)
        layout.addWidget(self.letters_box)

        # Notes.
        notes_box = QGroupBox(_("Notes"))
        nl = QVBoxLayout(notes_box)
        self.notes = NotesEdit()
        self.notes.setAcceptDrops(False)  # a dropped mail is an import, not text
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(_("Private notes about this request (saved automatically)"))
        self.notes.setMinimumHeight(64)
        self.notes.setMaximumHeight(96)
        self.notes.focus_lost.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        nl.addWidget(self.notes)
        nrow = QHBoxLayout()
        self.notes_state = muted(plain_label(wrap=False))
        nrow.addWidget(self.notes_state, 1)
        self.notes_button = QPushButton(_("Save notes"))
        self.notes_button.clicked.connect(self.save_notes)
        nrow.addWidget(self.notes_button)
        nl.addLayout(nrow)
        layout.addWidget(notes_box)

        # Audit timeline.
        self.timeline_box = QGroupBox(_("Timeline"))
        self.timeline = QGridLayout(self.timeline_box)
        self.timeline.setHorizontalSpacing(12)
        self.timeline.setVerticalSpacing(6)
        self.timeline.setColumnStretch(1, 1)
        layout.addWidget(self.timeline_box)
        layout.addStretch(1)

        self._align_form_labels(self.dates_form, self.request_form)
        self.show_reference(None)

    @property
    def store(self):
        return self.studio.store

    @staticmethod
    def _align_form_labels(*forms: QFormLayout) -> None:
        """Give the label columns of several forms one width, so the values line up."""
        labels = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                widget = item.widget() if item is not None else None
                if isinstance(widget, QLabel):
                    labels.append(widget)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)

    @staticmethod
    def _tune_form(form: QFormLayout) -> None:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setHorizontalSpacing(12)

    # -- showing ------------------------------------------------------------------------
    def show_reference(self, reference: str | None, entry=None) -> None:
        """Show ``reference`` (or the placeholder); unsaved notes of the previous one are saved.
        ``entry`` is the register entry when the caller has it (no second computation)."""
        if self.reference and reference != self.reference:
            self.save_notes()
        self.reference = reference
        if reference and (entry is None or entry.reference != reference):
            try:
                entry = self.studio.entry(reference)
            except NotFoundError:
                entry = None
        if not reference or entry is None:
            self.reference = None
            self.row = None
            self.stack.setCurrentIndex(0)
            return
        self.row = entry
        req, dl = entry.request, entry.deadlines
        self.stack.setCurrentIndex(1)

        self.title.setText(clean(req.requester_name) or _("(unknown requester)"))
        self.subtitle.setText(" · ".join(
            p for p in (req.reference, clean(req.requester_email), status_label(req.status)) if p))

        if req.is_open:
            kind = {"overdue": "overdue", "soon": "soon"}.get(entry.urgency, "ok")
            self.deadline_banner.show_message(
                _("Due {date}: {left}.").format(date=fmt_date_long(entry.due), left=days_left_text(entry.days_left)),
                kind,
            )
        else:
            self.deadline_banner.show_message(
                _("Closed ({status}).").format(status=status_label(req.status).lower()), "info")

        if entry.extension_incomplete:
            late = studio_today() > dl.extension_notice_by
            text = (_("The extension is not complete: the notice had to be sent by {date} and is not "
                      "marked as sent.") if late else
                    _("The extension is only complete once the notice is sent: send it by {date}, "
                      "then mark the letter as sent below."))
            self.notice_banner.show_message(text.format(date=fmt_date_long(dl.extension_notice_by)),
                                            "overdue" if late else "warning")
        else:
            self.notice_banner.hide()

        self.received_warning.setVisible(bool(req.received_flag))
        if req.received_flag == "date_no_offset":
            self.received_warning_text.setText(_(
                "The date in the mail has no time zone, so the day of receipt may be off by one. "
                "The deadlines depend on it: check the date and correct it if needed."))
        elif req.received_flag == "date_unparseable":
            self.received_warning_text.setText(_(
                "The date in the mail is invalid, so the file's date was used. "
                "The deadlines depend on it: check the date and correct it."))
        else:
            self.received_warning_text.setText(_(
                "The date of receipt could not be read from the mail, so the file's date was used. "
                "The deadlines depend on it: check the date and correct it."))
        rd = dl.received
        self.received_edit.setDate(QDate(rd.year, rd.month, rd.day))
        self.received_edit.setMaximumDate(QDate.currentDate())

        if not req.is_dsar:
            self.not_request_banner.show_message(
                _("Logged although it did not look like a data-subject request."), "info")
        else:
            self.not_request_banner.hide()

        self._fill_status(req)
        self.idcheck_mail_button.setVisible(any(a.is_id_document for a in req.attachments))
        reasons = []
        if req.extension_reason:
            reasons.append(_("Extension reason: {reason}").format(reason=clean(req.extension_reason)))
        if req.refusal_reason and req.status == "refused":
            reasons.append(_("Refusal reason: {reason}").format(reason=clean(req.refusal_reason)))
        self.reason_label.setText("\n".join(reasons))
        self.reason_label.setVisible(bool(reasons))

        self.received_value.setText(fmt_date_medium(dl.received))
        self.legal_value.setText(fmt_date_medium(dl.legal_due))
        self.promised_value.setText(fmt_date_medium(dl.promised_due))
        if req.extended:
            state = _("notice sent") if entry.notice_sent else _("notice not sent yet")
            self.notice_value.setText(f"{fmt_date_medium(dl.extension_notice_by)} ({state})")
            self.extended_value.setText(fmt_date_medium(dl.extended_due))
        else:
            late = studio_today() > dl.extension_notice_by
            note = _("{date} (too late now)") if late and req.is_open else "{date}"
            self.notice_value.setText(note.format(date=fmt_date_medium(dl.extension_notice_by)))
            self.extended_value.setText(_("not extended"))

        self.email_value.setText(clean(req.requester_email) or "—")
        self.rights_value.setText(", ".join(right_label(r) for r in req.rights) or "—")
        self.channel_value.setText(channel_label(req.channel))
        self.language_value.setText(language_label(req.language))
        self.subject_value.setText(clean(req.subject) or "—")
        self.request_form.setRowVisible(self.subject_value, bool(req.subject))
        self.source_value.setText(clean(req.source_filename) or "—")
        self.request_form.setRowVisible(self.source_value, bool(req.source_filename))

        self.mail_view.show_mail(self.studio.mail(reference), self.studio.attachments(reference),
                                 channel=req.channel)
        self._fill_id_copies(req)
        self._fill_letters(reference)

        self.notes.blockSignals(True)
        self._saved_notes = req.notes or ""
        self.notes.setPlainText(self._saved_notes)
        self.notes.blockSignals(False)
        self._notes_edited()

        self._fill_timeline(req)

    def _fill_status(self, req) -> None:
        combo = self.status_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(req.status)))
        # "Extended" is a status the extension sets, with its reason: offered only while it can be.
        can_extend = req.is_open and not req.extended
        model = combo.model()
        item = model.item(combo.findData("extended")) if hasattr(model, "item") else None
        if item is not None:
            item.setEnabled(can_extend or req.status == "extended")
        combo.blockSignals(False)
        self.extend_button.setEnabled(can_extend)
        if req.extended:
            self.extend_button.setToolTip(_("This request has already been extended."))
        elif not req.is_open:
            self.extend_button.setToolTip(_("This request is closed."))
        else:
            self.extend_button.setToolTip(_("Extend by two months (GDPR Art. 12(3)); needs a reason"))

    def _fill_id_copies(self, req) -> None:
        """Redacted ID copies kept in the vault, each with a button to look at it."""
        grid = self.attachments_grid
        clear_layout(grid)
        kept = [c for c in self.studio.id_copies(req.reference) if c["kind"] == "redacted"]
        for row, copy in enumerate(kept):
            until = copy.get("keep_until") or "—"
            label = plain_label(_("Redacted ID copy (encrypted), kept until {date}").format(date=until))
            grid.addWidget(label, row, 0)
            grid.addWidget(plain_label(human_size(copy.get("size")), wrap=False), row, 1)
            button = QPushButton(_("View"))
            button.clicked.connect(lambda _checked=False, i=copy["id"]: self.view_id_copy.emit(i))
            grid.addWidget(button, row, 2)
        grid.setColumnStretch(0, 1)
        self.attachments_box.setVisible(bool(kept))

    def _fill_letters(self, reference: str) -> None:
        grid = self.letters_grid
        clear_layout(grid)
        letters = self.studio.letters(reference)
        self.letter_buttons: dict[int, QPushButton] = {}
        if not letters:
            grid.addWidget(muted(plain_label(_("No letter exported yet."))), 0, 0)
            return
        for row, letter in enumerate(letters):
            text = _("{kind}, {date}").format(kind=letter_kind_label(letter["kind"]),
                                             date=fmt_timestamp(letter["exported_at"]))
            grid.addWidget(plain_label(text), row, 0)
            if letter.get("sent_at"):
                state = plain_label(_("sent {date}").format(date=fmt_timestamp(letter["sent_at"])), wrap=False)
                button = QPushButton(_("Not sent"))
                button.setToolTip(_("Take back the mark: this letter was not sent"))
                button.clicked.connect(lambda _c=False, i=letter["id"]: self.mark_sent(i, False))
            else:
                state = muted(plain_label(_("not sent yet"), wrap=False))
                button = QPushButton(_("Mark sent"))
                button.setToolTip(_("Record that you sent this letter to the requester (today)"))
                button.clicked.connect(lambda _c=False, i=letter["id"]: self.mark_sent(i, True))
            grid.addWidget(state, row, 1)
            grid.addWidget(button, row, 2)
            self.letter_buttons[letter["id"]] = button

    def _fill_timeline(self, req) -> None:
        grid = self.timeline
        clear_layout(grid)
        entries = self.studio.audit_entries(req.reference)
        if not entries:
            grid.addWidget(plain_label(_("Nothing recorded yet.")), 0, 0)
            return
        for i, entry in enumerate(reversed(entries)):  # newest first
            when = muted(plain_label(fmt_timestamp(entry.at), wrap=False))
            when.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text = describe_event(entry.event, entry.details)
            if entry.actor and entry.actor != "owner":
                text += " " + _("(by {actor})").format(actor=clean(entry.actor))
            what = plain_label(text, selectable=True)
            grid.addWidget(when, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, i, 1)

    # -- actions -------------------------------------------------------------------------
    def _record(self, text: str, undo, redo) -> None:
        if self.history is not None and self.reference:
            self.history.record(text, self.reference, undo, redo)

    def _notes_edited(self) -> None:
        dirty = self.notes.toPlainText() != self._saved_notes
        self.notes_button.setEnabled(dirty)
        self.notes_state.setText(_("Unsaved changes") if dirty else "")

    def save_notes(self) -> None:
        if not self.reference:
            return
        text = self.notes.toPlainText()
        if text == self._saved_notes:
            return
        try:
            req = self.studio.update_request(self.reference, notes=text)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Notes"))
            return
        self._saved_notes = text
        # The store scrubs identification numbers: show what was really kept.
        if req.notes != text and self.notes.toPlainText() == text:
            self.notes.blockSignals(True)
            self.notes.setPlainText(req.notes)
            self.notes.blockSignals(False)
            self._saved_notes = req.notes
        self._notes_edited()
        self.notes_state.setText(_("Saved"))
        self._fill_timeline(req)

    def _revert_status(self) -> None:
        if self.row is not None:
            self._fill_status(self.row.request)

    def _status_chosen(self, index: int) -> None:
        status = self.status_combo.itemData(index)
        self.change_status(status)

    def change_status(self, status: str) -> None:
        if not self.reference or self.row is None or status == self.row.request.status:
            return
        if status == "extended":
            self._revert_status()
            self.extend_deadline()
            return
        reason = None
        if status == "awaiting_id":
            from .idreason_dialog import ask_id_reason

            if not ask_id_reason(self, self.studio, self.reference):
                self._revert_status()
                return
            self.changed.emit(self.reference)
            return
        if status == "refused":
            reason = dialogs.ask_reason(
                self,
                _("Refuse request"),
                _("Why do you refuse this request? The requester must be told the reason and that they "
                  "can complain to the supervisory authority or go to court (GDPR Art. 12(4))."),
                ok_text=_("Refuse"),
            )
            if not reason:
                self._revert_status()
                return
        reference, before = self.reference, self.row.request.status
        try:
            self.studio.set_status(reference, status, reason=reason)
        except DsarError as exc:
            self._revert_status()
            dialogs.show_error(self, exc, _("Change status"))
            return
        self._record(_("status {old} → {new}").format(old=status_label(before), new=status_label(status)),
                     lambda: self.studio.restore_status(reference, before),
                     lambda: self.studio.restore_status(reference, status))
        self.changed.emit(reference)

    def extend_deadline(self) -> None:
        if not self.reference or self.row is None:
            return
        req = self.row.request
        if not req.is_open or req.extended:
            dialogs.show_message(self, "info", _("Extend deadline"),
                                 _("This request is closed.") if not req.is_open
                                 else _("This request has already been extended."))
            return
        country, _promise = self._settings()
        dl = self.row.deadlines
        if not deadlines.can_extend(dl.received, country):
            # Say so at once, before the owner types a reason for nothing.
            dialogs.show_message(self, "warning", _("Extend deadline"), _(
                "Too late to extend: the notice had to be sent by {date}.").format(
                date=fmt_date_long(dl.extension_notice_by)))
            return
        info = _("New deadline: {date}. Send the requester the extension notice with these reasons "
                 "by {notice}.").format(date=fmt_date_long(dl.extended_due), notice=fmt_date_long(dl.extension_notice_by))
        reason = dialogs.ask_reason(
            self,
            _("Extend deadline"),
            _("Why do you need two more months (complexity or number of requests, GDPR Art. 12(3))?"),
            info=info,
            ok_text=_("Extend"),
        )
        if not reason:
            return
        reference, before = self.reference, req.status
        try:
            self.studio.extend(reference, reason=reason)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Extend deadline"))
            return
        self._record(_("extension"), lambda: self.studio.undo_extension(reference, before),
                     lambda: self.studio.extend(reference, reason=reason))
        self.changed.emit(reference)

    def set_received_date(self) -> None:
        if not self.reference or self.row is None:
            return
        qd = self.received_edit.date()
        new = date(qd.year(), qd.month(), qd.day())
        reference, before = self.reference, self.row.request.received_at
        try:
            self.studio.update_request(reference, received_at=new)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Date of receipt"))
            return
        self._record(_("date of receipt"), lambda: self.studio.update_request(reference, received_at=before),
                     lambda: self.studio.update_request(reference, received_at=new))
        self.changed.emit(reference)

    def mark_sent(self, letter_id: int, sent: bool) -> None:
        if not self.reference:
            return
        reference = self.reference
        def mark() -> None:
            self.studio.mark_letter_sent(letter_id)

        def unmark() -> None:
            self.studio.unmark_letter_sent(letter_id)

        try:
            (mark if sent else unmark)()
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Letters"))
            return
        if sent:
            self._record(_("letter marked sent"), unmark, mark)
        else:
            self._record(_("letter marked not sent"), mark, unmark)
        self.changed.emit(reference)
