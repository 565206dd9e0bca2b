"""Review the mails before they are logged: the owner is the judge.

For each mail read in a batch the window shows the mail text (read-only plain text, so no
markup, link or image in it can do anything) with the sentences that made intake see each
right highlighted in that right's colour, and next to it what intake detected: "is a
request", the rights, the requester's name and address, the language, who wrote for the
data subject, a processor situation, a reminder of an earlier request. The owner can change
every one of them; the record keeps what was detected, so the register audits corrections
with the detected values beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import vocab
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.intake.record import IntakeRecord

# One light colour per right, readable under black text (and told apart by the legend).
RIGHT_COLOURS = {
    "access": "#cfe8ff",
    "rectification": "#ffe7b3",
    "erasure": "#ffc9c9",
    "restriction": "#e3d4ff",
    "portability": "#c8f0d8",
    "objection": "#ffd6ec",
    "withdraw_consent": "#d9f2f2",
}
MAX_SHOWN_CHARS = 30_000
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def sanitised_text(record: IntakeRecord) -> str:
    """What the owner reads: subject and body as plain text, without control or bidi characters."""
    head = _("Subject:") + f" {record.subject}\n\n" if record.subject else ""
    body = record.body or ""
    if len(body) > MAX_SHOWN_CHARS:
        body = body[:MAX_SHOWN_CHARS] + "\n…"
    return _CONTROL_RE.sub("", head + body)


def find_sentence(text: str, sentence: str) -> tuple[int, int] | None:
    """Where ``sentence`` (whitespace collapsed) stands in ``text``, ignoring line breaks."""
    words = sentence.split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words[:60])
    m = re.search(pattern, text)
    return (m.start(), m.end()) if m else None


@dataclass
class ReviewItem:
    """One mail in the review: its record (edited in place) or the reason it cannot be used."""

    path: str
    record: IntakeRecord | None
    error: str | None = None
    duplicate_of: str | None = None
    log: bool = False  # store it (a request, or a non-request the owner logs anyway)
    notes: list[str] = field(default_factory=list)


class ImportReviewDialog(QDialog):
    """The batch on the left, the selected mail's text and detected values on the right."""

    def __init__(self, items: list[ReviewItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.setWindowTitle(_("Check the mails before they are logged"))
        self.resize(1000, 640)
        self._current: ReviewItem | None = None
        self._loading = False

        outer = QVBoxLayout(self)
        intro = QLabel(_("Check what was read from each mail. The highlighted sentences show why a right was "
                         "recognised; correct anything that is wrong. Only ticked mails are logged."))
        intro.setWordWrap(True)
        outer.addWidget(intro)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split.addWidget(self.list)

        right = QWidget()
        rl = QHBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(_("Mail text"))
        rl.addWidget(self.text, 3)
        rl.addWidget(self._fields_panel(), 2)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        outer.addWidget(split, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        for item in items:
            li = QListWidgetItem()
            usable = item.record is not None and item.duplicate_of is None and item.error is None
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if usable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            li.setFlags(flags)
            if usable:
                li.setCheckState(Qt.CheckState.Checked if item.log else Qt.CheckState.Unchecked)
            self.list.addItem(li)
            self._label(li, item)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemChanged.connect(self._list_toggled)
        if items:
            self.list.setCurrentRow(0)
        self._update_button()

    # -- layout ------------------------------------------------------------------------------
    def _fields_panel(self) -> QWidget:
        panel = QWidget()
        v = QVBoxLayout(panel)
        v.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        v.addWidget(self.status)
        self.is_request = QCheckBox(_("This is a data-subject request: log it"))
        self.is_request.toggled.connect(self._edited)
        v.addWidget(self.is_request)

        box = QGroupBox(_("Rights (colour of the highlighted sentences)"))
        grid = QGridLayout(box)
        self.rights: dict[str, QCheckBox] = {}
        for i, code in enumerate(vocab.RIGHTS):
            cb = QCheckBox(vocab.word(vocab.RIGHT_WORDS, code))
            cb.setStyleSheet(f"QCheckBox {{ background: {RIGHT_COLOURS[code]}; padding: 1px 4px; color: black; }}")
            cb.toggled.connect(self._edited)
            self.rights[code] = cb
            grid.addWidget(cb, i, 0)
        v.addWidget(box)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.textEdited.connect(self._edited)
        form.addRow(_("&Name:"), self.name)
        self.email = QLineEdit()
        self.email.textEdited.connect(self._edited)
        form.addRow(_("&E-mail:"), self.email)
        self.language = QComboBox()
        for code in vocab.LANGUAGES:
            self.language.addItem(vocab.word(vocab.LANGUAGE_WORDS, code), code)
        self.language.currentIndexChanged.connect(self._edited)
        form.addRow(_("&Language:"), self.language)
        v.addLayout(form)
        self.special = QLabel()
        self.special.setWordWrap(True)
        self.special.setTextFormat(Qt.TextFormat.PlainText)
        v.addWidget(self.special)
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.detected.setStyleSheet("color: palette(mid);")
        v.addWidget(self.detected)
        v.addStretch(1)
        return panel

    # -- list --------------------------------------------------------------------------------
    def _label(self, li: QListWidgetItem, item: ReviewItem) -> None:
        rec = item.record
        name = item.path.replace("\\", "/").rsplit("/", 1)[-1]
        if rec is None:
            li.setText(f"{name}\n{item.error or ''}")
            return
        if item.duplicate_of:
            li.setText(f"{name}\n" + _("already in the register as {ref}").format(ref=item.duplicate_of))
            return
        who = rec.requester_email or rec.sender_email or ""
        if rec.is_dsar:
            what = vocab.words(vocab.RIGHT_WORDS, rec.rights, lower=True) or _("rights unclear")
        else:
            what = _("no request recognised")
        if rec.follow_up_of:
            what = _("reminder of {ref}").format(ref=rec.follow_up_of)
        li.setText(f"{name}\n{who} — {what}")

    def _list_toggled(self, li: QListWidgetItem) -> None:
        if self._loading:
            return
        row = self.list.row(li)
        item = self.items[row]
        if item.record is None or item.duplicate_of:
            return
        item.log = li.checkState() == Qt.CheckState.Checked
        if item is self._current:
            self._loading = True
            self.is_request.setChecked(item.record.is_dsar if item.log else False)
            self._loading = False
        self._update_button()

    # -- one mail ----------------------------------------------------------------------------
    def _show(self, row: int) -> None:
        self._current = self.items[row] if 0 <= row < len(self.items) else None
        item = self._current
        self._loading = True
        try:
            rec = item.record if item else None
            editable = bool(rec is not None and item is not None and not item.duplicate_of)
            for w in (self.is_request, self.name, self.email, self.language, *self.rights.values()):
                w.setEnabled(editable)
            if rec is None or item is None:
                self.text.setPlainText(item.error or "" if item else "")
                self.status.setText(_("This file cannot be imported."))
                self.special.clear()
                self.detected.clear()
                return
            self.text.setPlainText(sanitised_text(rec))
            self._highlight(rec)
            self.is_request.setChecked(rec.is_dsar and item.log)
            for code, cb in self.rights.items():
                cb.setChecked(code in rec.rights)
            self.name.setText(rec.requester_name or rec.sender_name or "")
            self.email.setText(rec.requester_email or rec.sender_email or "")
            idx = self.language.findData(rec.language)
            self.language.setCurrentIndex(max(idx, 0))
            self.status.setText(self._status_text(item))
            self.special.setText("\n".join(self._special_lines(rec)))
            self.detected.setText(self._detected_text(rec))
        finally:
            self._loading = False

    def _status_text(self, item: ReviewItem) -> str:
        rec = item.record
        if item.duplicate_of:
            return _("Already in the register as {ref}; it will not be logged again.").format(ref=item.duplicate_of)
        if rec is not None and rec.follow_up_of:
            return _("A reminder of request {ref}: it will be linked to that request, not logged as a new one. "
                     "Untick it to leave it out.").format(ref=rec.follow_up_of)
        if rec is not None and not rec.is_dsar:
            return _("Not recognised as a request. Tick “This is a data-subject request” to log it anyway.")
        return ""

    def _special_lines(self, rec: IntakeRecord) -> list[str]:
        lines = []
        if rec.representative:
            rep = rec.representative
            lines.append(_("Written for the data subject by {who} ({relation}).").format(
                who=rep.get("name") or rep.get("email") or "?",
                relation=vocab.word(vocab.REPRESENTATIVE_WORDS, rep.get("relation") or "other")))
        if rec.processor:
            lines.append(_("The photos were made for a company or school: the studio may be its processor, "
                           "and the request may belong with them."))
        if rec.follow_up and not rec.follow_up_of:
            lines.append(_("A reminder of an earlier request that is not in the register."))
        return lines

    @staticmethod
    def _detected_text(rec: IntakeRecord) -> str:
        return ImportReviewDialog._detected_text_from(rec.detected or {})

    @staticmethod
    def _detected_text_from(d: dict) -> str:
        if not d:
            return ""
        rights = vocab.words(vocab.RIGHT_WORDS, d.get("rights") or [], lower=True) or "—"
        return _("Detected: {request}; rights: {rights}; language: {language}.").format(
            request=_("a request") if d.get("is_dsar") else _("no request"), rights=rights,
            language=vocab.word(vocab.LANGUAGE_WORDS, d.get("language") or "nl"))

    def _highlight(self, rec: IntakeRecord) -> None:
        text = self.text.toPlainText()
        selections = []
        for code in vocab.RIGHTS:
            for sentence in rec.evidence.get(code, []):
                span = find_sentence(text, sentence)
                if span is None:
                    continue
                fmt = QTextCharFormat()
                fmt.setBackground(QBrush(QColor(RIGHT_COLOURS[code])))
                fmt.setForeground(QBrush(QColor("black")))
                fmt.setToolTip(vocab.word(vocab.RIGHT_WORDS, code))
                cursor = QTextCursor(self.text.document())
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
        self.text.setExtraSelections(selections)

    def highlighted_spans(self) -> list[tuple[str, str]]:
        """(colour, text) of every highlight shown: for tests and accessibility checks."""
        out = []
        for sel in self.text.extraSelections():
            out.append((sel.format.background().color().name(), sel.cursor.selectedText()))
        return out

    def _edited(self, *_args: object) -> None:
        if self._loading or self._current is None or self._current.record is None:
            return
        item, rec = self._current, self._current.record
        rec.is_dsar = self.is_request.isChecked()
        item.log = rec.is_dsar or bool(rec.follow_up_of and item.log)
        rec.rights = [code for code in vocab.RIGHTS if self.rights[code].isChecked()]
        name = self.name.text().strip() or None
        email = self.email.text().strip() or None
        rec.requester_name, rec.requester_email = name, email
        rec.language = self.language.currentData() or rec.language
        li = self.list.item(self.list.currentRow())
        self._loading = True
        li.setCheckState(Qt.CheckState.Checked if item.log else Qt.CheckState.Unchecked)
        self._label(li, item)
        self._loading = False
        self.status.setText(self._status_text(item))
        self._update_button()

    def _update_button(self) -> None:
        n = sum(1 for i in self.items if i.log and i.record is not None and not i.duplicate_of)
        self.import_button.setText(ngettext("Log {n} mail", "Log {n} mails", n).format(n=n))
        self.import_button.setEnabled(n > 0)

    # -- result ------------------------------------------------------------------------------
    def chosen(self) -> list[ReviewItem]:
        return [i for i in self.items if i.log and i.record is not None and not i.duplicate_of]


def review_items(outcomes: list) -> list[ReviewItem]:
    """Review items from a dry run's outcomes (parse once: the records are reused)."""
    items = []
    for o in outcomes:
        rec = getattr(o, "record", None)
        item = ReviewItem(path=str(o.path), record=rec, error=o.error)
        if rec is not None and o.duplicate:
            item.duplicate_of = o.reference or _("an earlier mail of this batch")
        item.log = bool(rec is not None and rec.is_dsar and not o.duplicate and not o.error)
        items.append(item)
    return items


def review_import(parent: QWidget | None, items: list[ReviewItem]) -> list[ReviewItem] | None:
    """Show the review; the items to log, or None when the owner cancels the import."""
    dialog = ImportReviewDialog(items, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


class CorrectRequestDialog(QDialog):
    """After the import: correct what intake detected for a logged request.

    Shows the evidence sentences kept for each right (the mail itself is not stored) and what
    was detected; the change goes through :meth:`Studio.update_request`, which audits it as a
    correction with the detected value beside it.
    """

    def __init__(self, studio, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.reference = reference
        req = studio.request(reference)
        details = studio.intake_details(reference)
        self.setWindowTitle(_("Correct request {ref}").format(ref=reference))
        self.resize(720, 520)
        outer = QVBoxLayout(self)

        self.evidence = QPlainTextEdit()
        self.evidence.setReadOnly(True)
        lines: list[str] = []
        spans: list[tuple[int, int, str]] = []
        for code in vocab.RIGHTS:
            for sentence in details.evidence.get(code, []):
                label = vocab.word(vocab.RIGHT_WORDS, code) + ": "
                start = sum(len(x) + 1 for x in lines)
                lines.append(label + _CONTROL_RE.sub("", sentence))
                spans.append((start + len(label), start + len(lines[-1]), code))
        self.evidence.setPlainText("\n".join(lines) if lines else _("No evidence was kept for this request."))
        selections = []
        for start, end, code in spans:
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(RIGHT_COLOURS[code])))
            fmt.setForeground(QBrush(QColor("black")))
            cursor = QTextCursor(self.evidence.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel = QTextEdit.ExtraSelection()
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.evidence.setExtraSelections(selections)
        outer.addWidget(QLabel(_("Why intake saw these rights:")))
        outer.addWidget(self.evidence, 1)

        self.is_request = QCheckBox(_("This is a data-subject request"))
        self.is_request.setChecked(req.is_dsar)
        outer.addWidget(self.is_request)
        box = QGroupBox(_("Rights"))
        grid = QGridLayout(box)
        self.rights: dict[str, QCheckBox] = {}
        for i, code in enumerate(vocab.RIGHTS):
            cb = QCheckBox(vocab.word(vocab.RIGHT_WORDS, code))
            cb.setStyleSheet(f"QCheckBox {{ background: {RIGHT_COLOURS[code]}; padding: 1px 4px; color: black; }}")
            cb.setChecked(code in req.rights)
            self.rights[code] = cb
            grid.addWidget(cb, i // 2, i % 2)
        outer.addWidget(box)
        form = QFormLayout()
        self.name = QLineEdit(req.requester_name or "")
        form.addRow(_("&Name:"), self.name)
        self.email = QLineEdit(req.requester_email or "")
        form.addRow(_("&E-mail:"), self.email)
        self.language = QComboBox()
        for code in vocab.LANGUAGES:
            self.language.addItem(vocab.word(vocab.LANGUAGE_WORDS, code), code)
        self.language.setCurrentIndex(max(self.language.findData(req.language), 0))
        form.addRow(_("&Language:"), self.language)
        outer.addLayout(form)
        detected = QLabel(ImportReviewDialog._detected_text_from(details.detected))
        detected.setWordWrap(True)
        detected.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(detected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def changes(self) -> dict:
        req = self.studio.request(self.reference)
        wanted = {
            "is_dsar": self.is_request.isChecked(),
            "rights": [c for c in vocab.RIGHTS if self.rights[c].isChecked()],
            "requester_name": self.name.text().strip() or None,
            "requester_email": self.email.text().strip() or None,
            "language": self.language.currentData(),
        }
        return {k: v for k, v in wanted.items() if getattr(req, k) != v}

    def accept(self) -> None:
        from studio_dsar.core.errors import DsarError

        try:
            changes = self.changes()
            if changes:
                self.studio.update_request(self.reference, **changes)
        except DsarError as exc:
            from studio_dsar.gui import dialogs

            dialogs.show_error(self, exc, self.windowTitle())
            return
        super().accept()
