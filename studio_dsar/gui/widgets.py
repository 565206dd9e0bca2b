"""Widgets of the main window: the detail pane, the empty-state hint and the drop overlay."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import deadlines
from studio_dsar.core.errors import DsarError, NotFoundError
from studio_dsar.core.i18n import _
from studio_dsar.core.store import STATUSES, Store

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
from .models import COLOURS, Row, make_row
from .style import muted


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A QLabel that never interprets markup (text may come from a mail)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return _("{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return _("{n} kB").format(n=round(size / 1024))
    return _("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class Banner(QFrame):
    """A coloured strip with an icon and plain text (warnings, deadline state)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(16, 16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = plain_label()
        layout.addWidget(self.text, 1)

    def show_message(self, text: str, kind: str) -> None:
        bg, fg, _dot = COLOURS.get(kind, (None, None, None))
        if kind == "info":
            bg, fg = "#e7f1ff", "#084298"
        if not bg:
            bg, fg = "#e6f4ea", "#1e5631"
        self.setStyleSheet(
            f"QFrame#banner {{ background: {bg}; border: 1px solid {QColor(bg).darker(115).name()};"
            f" border-radius: 4px; }} QFrame#banner QLabel {{ color: {fg}; background: transparent; }}"
        )
        pixmap = {
            "overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "soon": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(kind, QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        self.text.setText(text)
        self.show()


class NotesEdit(QPlainTextEdit):
    """Notes field that reports losing focus, so notes are saved without a button press."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class DetailPane(QWidget):
    """Everything about one request, with the actions that change it.

    ``changed(reference)`` is emitted after a change the table must show (status, dates).
    ``letter_requested(reference)`` asks the window to open the letter dialog.
    """

    changed = Signal(str)
    letter_requested = Signal(str)
    idcheck_requested = Signal(str)
    view_id_copy = Signal(int)

    def __init__(self, store: Store, settings_provider, parent=None):
        super().__init__(parent)
        self.store = store
        self._settings = settings_provider  # () -> (country, promise_days)
        self.reference: str | None = None
        self.row: Row | None = None
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
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = plain_label(selectable=True)
        self.subtitle.setEnabled(True)
        layout.addWidget(self.subtitle)
        self.deadline_banner = Banner()
        layout.addWidget(self.deadline_banner)

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
        for code in STATUSES:
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
        self.idcheck_button = QPushButton(_("Check ID document…"))
        self.idcheck_button.setToolTip(_("Black out a scan or photo of an ID, compare it and keep only the redacted copy"))
        self.idcheck_button.clicked.connect(lambda: self.reference and self.idcheck_requested.emit(self.reference))
        srow.addStretch(1)
        sl.addLayout(srow)
        # On its own row: three buttons do not fit the pane's narrowest width in Dutch.
        irow = QHBoxLayout()
        irow.addWidget(self.idcheck_button)
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

        # Attachments (metadata only: contents go to the vault, never to disk in plaintext).
        self.attachments_box = QGroupBox(_("Attachments"))
        self.attachments_grid = QGridLayout(self.attachments_box)
        self.attachments_grid.setHorizontalSpacing(12)
        layout.addWidget(self.attachments_box)

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
    def show_reference(self, reference: str | None) -> None:
        """Show ``reference`` (or the placeholder); unsaved notes of the previous one are saved."""
        if self.reference and reference != self.reference:
            self.save_notes()
        self.reference = reference
        req = None
        if reference:
            try:
                req = self.store.get_request(reference)
            except NotFoundError:
                req = None
        if req is None:
            self.reference = None
            self.row = None
            self.stack.setCurrentIndex(0)
            return
        country, promise_days = self._settings()
        self.row = row = make_row(req, country, promise_days)
        dl = row.deadlines
        self.stack.setCurrentIndex(1)

        self.title.setText(clean(req.requester_name) or _("(unknown requester)"))
        self.subtitle.setText(" · ".join(
            p for p in (req.reference, clean(req.requester_email), status_label(req.status)) if p))

        if req.is_open:
            kind = {"overdue": "overdue", "soon": "soon"}.get(row.urgency, "ok")
            self.deadline_banner.show_message(
                _("Due {date}: {left}.").format(date=fmt_date_long(row.due), left=days_left_text(row.days_left)),
                kind,
            )
        else:
            self.deadline_banner.show_message(
                _("Closed ({status}).").format(status=status_label(req.status).lower()), "info")

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

        self.status_combo.blockSignals(True)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(req.status)))
        self.status_combo.blockSignals(False)
        can_extend = req.is_open and not req.extended
        self.extend_button.setEnabled(can_extend)
        if req.extended:
            self.extend_button.setToolTip(_("This request has already been extended."))
        elif not req.is_open:
            self.extend_button.setToolTip(_("This request is closed."))
        else:
            self.extend_button.setToolTip(_("Extend by two months (GDPR Art. 12(3)); needs a reason"))
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
            self.notice_value.setText(_("{date} (extension recorded)").format(date=fmt_date_medium(dl.extension_notice_by)))
            self.extended_value.setText(fmt_date_medium(dl.extended_due))
        else:
            late = not deadlines.can_extend(dl.received, country)
            note = _("{date} (too late now)") if late and req.is_open else "{date}"
            self.notice_value.setText(note.format(date=fmt_date_medium(dl.extension_notice_by)))
            self.extended_value.setText(_("not extended"))

        self.email_value.setText(clean(req.requester_email) or "—")
        self.rights_value.setText(", ".join(right_label(r) for r in req.rights) or "—")
        self.channel_value.setText(channel_label(req.channel))
        self.language_value.setText(language_label(req.language))
        self.subject_value.setText(clean(req.subject) or "—")
        self._set_row_visible(self.request_form, self.subject_value, bool(req.subject))
        self.source_value.setText(clean(req.source_filename) or "—")
        self._set_row_visible(self.request_form, self.source_value, bool(req.source_filename))

        self._fill_attachments(req)
        self._fill_id_copies(req)

        self.notes.blockSignals(True)
        self._saved_notes = req.notes or ""
        self.notes.setPlainText(self._saved_notes)
        self.notes.blockSignals(False)
        self._notes_edited()

        self._fill_timeline(req)

    @staticmethod
    def _set_row_visible(form: QFormLayout, field: QWidget, visible: bool) -> None:
        form.setRowVisible(field, visible)

    def _fill_attachments(self, req) -> None:
        grid = self.attachments_grid
        clear_layout(grid)
        if not req.attachments:
            none = muted(plain_label(_("No attachments.")))
            grid.addWidget(none, 0, 0)
            return
        for col, head in enumerate((_("Name"), _("Type"), _("Size"), "")):
            label = plain_label(head, wrap=False)
            f = label.font()
            f.setBold(True)
            label.setFont(f)
            grid.addWidget(label, 0, col)
        for i, att in enumerate(req.attachments, start=1):
            name = plain_label(clean(att.filename), selectable=True)
            grid.addWidget(name, i, 0)
            grid.addWidget(plain_label(clean(att.content_type or ""), wrap=False), i, 1)
            size = plain_label(human_size(att.size), wrap=False)
            size.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(size, i, 2)
            if att.is_id_document:
                flag = plain_label(_("ID document"), wrap=False)
                flag.setToolTip(_("Looks like a copy of an identity document: handle with care"))
                flag.setStyleSheet("color: #664d03; background: #fff3cd; border: 1px solid #e6c96b;"
                                   " border-radius: 3px; padding: 1px 5px;")
                grid.addWidget(flag, i, 3)
        grid.setColumnStretch(0, 1)

    def _fill_id_copies(self, req) -> None:
        """Redacted ID copies kept in the vault, each with a button to look at it."""
        from studio_dsar.core.vault import Vault

        grid = self.attachments_grid
        row = grid.rowCount()
        kept = [i for i in Vault(self.store).items(req.id, include_wiped=False) if i.kind == "redacted"]
        for item in kept:
            label = plain_label(_("Redacted ID copy (encrypted): {name}").format(name=clean(item.filename)))
            grid.addWidget(label, row, 0, 1, 3)
            button = QPushButton(_("View"))
            button.clicked.connect(lambda _checked=False, i=item.id: self.view_id_copy.emit(i))
            grid.addWidget(button, row, 3)
            row += 1

    def _fill_timeline(self, req) -> None:
        grid = self.timeline
        clear_layout(grid)
        entries = self.store.audit_entries(req.id)
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
            req = self.store.update_request(self.reference, notes=text)
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
            self.status_combo.blockSignals(True)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self.row.request.status)))
            self.status_combo.blockSignals(False)

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
        try:
            self.store.set_status(self.reference, status, reason=reason)
        except DsarError as exc:
            self._revert_status()
            dialogs.show_error(self, exc, _("Change status"))
            return
        self.changed.emit(self.reference)

    def extend_deadline(self) -> None:
        if not self.reference or self.row is None:
            return
        country, _promise = self._settings()
        dl = self.row.deadlines
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
        try:
            self.store.extend(self.reference, reason=reason, country=country)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Extend deadline"))
            return
        self.changed.emit(self.reference)

    def set_received_date(self) -> None:
        if not self.reference:
            return
        qd = self.received_edit.date()
        try:
            self.store.update_request(self.reference, received_at=date(qd.year(), qd.month(), qd.day()))
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Date of receipt"))
            return
        self.changed.emit(self.reference)


class EmptyHint(QWidget):
    """Centred hint over the table's viewport when no row is shown."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.title = plain_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = plain_label()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.subtitle)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def set_text(self, title: str, subtitle: str, pixmap: QStyle.StandardPixmap) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and isinstance(obj, QWidget) and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False


class DropOverlay(QWidget):
    """Shown over the window while e-mail files are dragged over it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = _("Drop to import the e-mail")
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and isinstance(obj, QWidget) and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False

    def show_over_parent(self, count: int) -> None:
        from studio_dsar.core.i18n import ngettext

        self.text = ngettext("Drop to import {n} e-mail", "Drop to import {n} e-mails", count).format(n=count)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.fillRect(self.rect(), QColor(255, 255, 255, 170))
        rect = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        painter.setBrush(fill)
        pen = QPen(highlight, 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 12, 12)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(highlight.darker(140))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def spacer(width: int = 0) -> QWidget:
    w = QWidget()
    w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if width:
        w.setMinimumWidth(width)
    return w
