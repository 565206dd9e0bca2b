"""The request's mail in the detail pane: read-only plain text, with its attachments.

The text was sanitised when it was kept (see :mod:`studio_dsar.core.mailkeep`) and is shown as
plain text only: no HTML, no images, nothing fetched. Attachments that are not ID documents
open in the system's viewer; ID documents only through the ID check.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core.i18n import _

from .labels import clean, fmt_timestamp
from .style import muted
from .widgets import human_size, plain_label


class MailView(QGroupBox):
    """Header lines, the body and the attachments of one request's mail.

    ``open_attachment(id)`` asks to open a (non-ID) attachment in the system viewer;
    ``check_id(id)`` asks for the ID check of an attachment that looks like an ID document.
    """

    open_attachment = Signal(int)
    check_id = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(_("Mail"), parent)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.from_value = plain_label(selectable=True)
        self.to_value = plain_label(selectable=True)
        self.date_value = plain_label(wrap=False, selectable=True)
        self.subject_value = plain_label(selectable=True)
        self.form.addRow(_("From:"), self.from_value)
        self.form.addRow(_("To:"), self.to_value)
        self.form.addRow(_("Date:"), self.date_value)
        self.form.addRow(_("Subject:"), self.subject_value)
        layout.addLayout(self.form)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAcceptDrops(False)
        self.body.viewport().setAcceptDrops(False)
        self.body.setUndoRedoEnabled(False)
        self.body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body.setMinimumHeight(140)
        self.body.setMaximumHeight(320)
        self.body.setAccessibleName(_("Text of the mail"))
        layout.addWidget(self.body)
        self.missing = muted(plain_label(selectable=True))
        layout.addWidget(self.missing)
        self.attachments = QGridLayout()
        self.attachments.setHorizontalSpacing(10)
        self.attachments.setColumnStretch(0, 1)
        layout.addLayout(self.attachments)
        self.buttons: dict[int, QPushButton] = {}

    def _clear_attachments(self) -> None:
        while self.attachments.count():
            item = self.attachments.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}

    def show_mail(self, mail, attachments, *, channel: str = "email") -> None:
        """``mail`` is a KeptMail (or None when none was kept); ``attachments`` the request's
        attachments, each with ``id``, ``filename``, ``content_type``, ``size``,
        ``is_id_document`` and ``kept`` (contents stored)."""
        self._clear_attachments()
        has_mail = mail is not None
        for field in (self.from_value, self.to_value, self.date_value, self.subject_value):
            self.form.setRowVisible(field, has_mail)
        self.body.setVisible(has_mail)
        if has_mail:
            self.from_value.setText(clean(mail.sender) or "—")
            self.to_value.setText(clean(mail.recipients) or "—")
            self.date_value.setText(fmt_timestamp(mail.sent) if mail.sent else "—")
            self.subject_value.setText(clean(mail.subject) or "—")
            self.body.setPlainText(mail.body or "")
            self.missing.hide()
        else:
            self.missing.setText(
                _("This request was not imported from an e-mail.") if channel != "email" else
                _("The text of this mail was not kept (it was imported before the app kept mails)."))
            self.missing.show()
        row = 0
        for att in attachments:
            name = plain_label(clean(att.filename) + "  (" + human_size(att.size) + ")", selectable=True)
            self.attachments.addWidget(name, row, 0)
            if att.is_id_document:
                button = QPushButton(_("Check ID…"))
                button.setToolTip(_("Looks like an ID document: it opens only in the ID check, "
                                    "which blacks out the numbers and the portrait first"))
                button.clicked.connect(lambda _c=False, i=att.id: self.check_id.emit(i))
            else:
                button = QPushButton(_("Open"))
                button.setToolTip(_("Open in the program your computer uses for this type of file"))
                button.clicked.connect(lambda _c=False, i=att.id: self.open_attachment.emit(i))
            if not att.kept:
                button.setEnabled(False)
                button.setToolTip(_("The contents of this attachment were not kept."))
            self.attachments.addWidget(button, row, 1)
            self.buttons[att.id] = button
            row += 1
        self.setVisible(has_mail or bool(attachments))
