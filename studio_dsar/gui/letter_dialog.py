"""Write a response letter: pick kind and language, edit the free-text blocks, add files,
see every page, export the PDF with its enclosures (and an e-mail draft).

The facts a letter draws on are read from the register once when the window opens (and again
only after the owner changes them here: profile, checklist, what was done, identity,
representation). Each
edit composes the letter from those facts on the GUI thread (milliseconds); laying it out and
rasterising its pages runs on the task runner, debounced so typing stays smooth. Export writes
the very PDF the preview shows. Each language keeps its own edited blocks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from typing import TYPE_CHECKING

from studio_dsar.core import vocab
from studio_dsar.core.errors import DsarError, ProfileError, StateError
from studio_dsar.core.i18n import _, ngettext

from . import dialogs, tasks
from .labels import clean, language_label
from .widgets import Banner

if TYPE_CHECKING:
    from studio_dsar.core.letters.compose import Facts, Letter
    from studio_dsar.core.letters.pdf import Rendered

DEBOUNCE_MS = 350
MIN_PAGE_WIDTH = 560  # pixels: below this a page of 9.5 pt text is no longer readable
PAGE_GAP = 12


def kind_label(kind: str) -> str:
    return vocab.word(vocab.LETTER_KINDS, kind)


def block_label(name: str) -> str:
    return vocab.word(vocab.LETTER_BLOCKS, name)


def suggest_kind(req) -> str:
    """A sensible first letter for the request's state."""
    if req.status == "new":
        return "acknowledgement"
    if req.status == "awaiting_id":
        return "id_request"
    if req.status == "refused":
        return "refusal"
    for right in ("access", "erasure", "portability", "rectification", "restriction", "objection",
                  "withdraw_consent"):
        if right in req.rights:
            return right
    return "acknowledgement"


def _render_pages(letter, width: int):
    """Worker side: lay out once and rasterise every page. Touches no store and no widget."""
    from studio_dsar.core.letters.pdf import layout

    rendered = layout(letter)
    return rendered, rendered.page_pngs(width=width)


class LetterDialog(QDialog):
    """``LetterDialog(studio_or_store, reference, parent=None)``."""

    exported = Signal(str)  # path of the PDF written
    preview_updated = Signal()

    def __init__(self, studio, reference: str, parent=None):
        super().__init__(parent)
        from studio_dsar.core.letters import render, words
        from studio_dsar.core.studio import Studio

        self._render = render
        self._words = words
        self.studio = studio if isinstance(studio, Studio) else Studio(studio)
        self.store = self.studio.store
        self.request = self.studio.request(reference)
        self.reference = self.request.reference
        self._edits: dict[tuple[str, str], dict[str, str]] = {}
        self._defaults: dict[tuple[str, str], dict[str, str]] = {}
        self._editors: dict[str, QPlainTextEdit] = {}
        self._attachments: list = []  # compose.Enclosure, each file read once
        self._generation = 0
        self._closed = False
        self._letter: Letter | None = None
        self._rendered: Rendered | None = None
        self._rendered_generation = -1
        self._pages: list[QLabel] = []
        self._page_pngs: list[bytes] = []
        self.page_count = 0
        self.last_error: str | None = None
        self.export_dir = Path.home()
        self._facts: Facts | None = None
        self._facts_error: DsarError | None = None
        self._notice = False  # an information message the next preview must not hide
        self._read_facts()

        who = self.request.requester_name or self.request.requester_email or ""
        self.setWindowTitle(_("Write letter – {ref} {name}").format(ref=self.reference, name=clean(who)))
        self.setMinimumSize(1000, 700)

        # -- left: choices, blocks, files ----------------------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind in words.KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(suggest_kind(self.request))))
        form.addRow(_("&Letter:"), self.kind_combo)
        self.lang_combo = QComboBox()
        for code in words.LANGS:
            self.lang_combo.addItem(language_label(code), code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(words.letter_language(self.request.language))))
        form.addRow(_("L&anguage:"), self.lang_combo)
        left_layout.addLayout(form)
        self.info = QLabel(self._request_info())
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        left_layout.addWidget(self.info)

        self.banner = Banner()
        self.banner.hide()
        left_layout.addWidget(self.banner)
        actions = QHBoxLayout()
        self.profile_button = QPushButton(_("Edit studio &profile…"))
        self.profile_button.clicked.connect(self.edit_profile)
        self.profile_button.hide()
        self.checklist_button = QPushButton(_("Erasure &checklist…"))
        self.checklist_button.clicked.connect(self.edit_checklist)
        self.actions_button = QPushButton(_("Record what was &done…"))
        self.actions_button.clicked.connect(self.edit_actions)
        self.identity_button = QPushButton(_("Identity &confirmed…"))
        self.identity_button.clicked.connect(self.confirm_identity)
        self.identity_button.hide()
        self.for_button = QPushButton(_("Asked &for someone else…"))
        self.for_button.clicked.connect(self.edit_representation)
        for b in (self.profile_button, self.checklist_button, self.actions_button, self.identity_button,
                  self.for_button):
            actions.addWidget(b)
        actions.addStretch(1)
        left_layout.addLayout(actions)

        hint = QLabel(_("Edit the texts below; the preview follows. Lines starting with “-” become a list."))
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        self.blocks_box = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks_box)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.blocks_box, 1)

        self.files_box = QWidget()
        files_layout = QVBoxLayout(self.files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(QLabel(_("Files that go with the letter (photos, invoices, mails):")))
        self.files_list = QListWidget()
        self.files_list.setMaximumHeight(80)
        files_layout.addWidget(self.files_list)
        row = QHBoxLayout()
        add = QPushButton(_("&Add files…"))
        add.clicked.connect(self.add_files_dialog)
        remove = QPushButton(_("Remove file"))
        remove.clicked.connect(self.remove_selected_file)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        files_layout.addLayout(row)
        left_layout.addWidget(self.files_box)

        self.eml_check = QCheckBox(_("Also save an e-mail draft (.eml) with the PDF and every enclosure"))
        self.eml_check.setChecked(bool(self.request.requester_email))
        left_layout.addWidget(self.eml_check)

        # -- right: every page ----------------------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_caption = QLabel(_("Preview"))
        right_layout.addWidget(self.preview_caption)
        self.pages_box = QWidget()
        self.pages_box.setStyleSheet("QWidget#pages { background: #8a8f96; }")
        self.pages_box.setObjectName("pages")
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.pages_layout.setContentsMargins(PAGE_GAP, PAGE_GAP, PAGE_GAP, PAGE_GAP)
        self.pages_layout.setSpacing(PAGE_GAP)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages_layout.addWidget(self.message)
        self.message.hide()
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setWidget(self.pages_box)
        self.preview_scroll.setMinimumWidth(MIN_PAGE_WIDTH + 2 * PAGE_GAP + 20)
        right_layout.addWidget(self.preview_scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 640])

        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(_("&Export PDF…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(_("Close"))
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self._current = (self.kind, self.lang)
        self._build_blocks()
        self._update_kind_widgets()
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._choice_changed)
        self.refresh_preview()

    # -- facts ----------------------------------------------------------------------------------
    def _read_facts(self) -> None:
        try:
            self._facts = self.studio.letter_facts(self.reference)
            self._facts_error = None
        except DsarError as exc:
            self._facts, self._facts_error = None, exc
        self._defaults.clear()

    def _request_info(self) -> str:
        from studio_dsar.core.i18n import current_language

        dl = self.studio.deadlines(self.request)
        lang = current_language()
        who = " ".join(x for x in (clean(self.request.requester_name or ""),
                                   f"<{self.request.requester_email}>" if self.request.requester_email else "") if x)
        due = dl.extended_due if self.request.extended else min(dl.legal_due, dl.promised_due)
        return _("{who} · received {received} · answer by {due}").format(
            who=who or "-", received=self._words.format_date(dl.received, lang),
            due=self._words.format_date(due, lang))

    # -- state ----------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def lang(self) -> str:
        return self.lang_combo.currentData()

    def blocks(self) -> dict[str, str]:
        return {name: editor.toPlainText() for name, editor in self._editors.items()}

    def _default_blocks(self, kind: str, lang: str) -> dict[str, str]:
        key = (kind, lang)
        if key not in self._defaults:
            from studio_dsar.core.letters.compose import default_blocks_from

            try:
                self._defaults[key] = default_blocks_from(self._facts, kind, lang) if self._facts else {}
            except DsarError:
                self._defaults[key] = {}
            for name in self._words.BLOCKS[kind]:
                self._defaults[key].setdefault(name, "")
        return self._defaults[key]

    def _build_blocks(self, carried: dict[str, str] | None = None) -> None:
        while self.blocks_layout.count():
            item = self.blocks_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when deleteLater runs
                widget.setParent(None)
                widget.deleteLater()
        self._editors.clear()
        values = {**self._default_blocks(self.kind, self.lang), **(carried or {}),
                  **self._edits.get((self.kind, self.lang), {})}
        for name in self._words.BLOCKS[self.kind]:
            label = QLabel(block_label(name))
            editor = QPlainTextEdit()
            editor.setObjectName(f"block_{name}")
            editor.setTabChangesFocus(True)
            editor.setPlainText(values.get(name, ""))
            editor.setMinimumHeight(60 if name in ("extra", "fee") else 90)
            editor.textChanged.connect(self._block_edited)
            label.setBuddy(editor)
            self.blocks_layout.addWidget(label)
            self.blocks_layout.addWidget(editor, 0 if name in ("extra", "fee") else 1)
            self._editors[name] = editor
        self.blocks_layout.addStretch(0)

    def _block_edited(self) -> None:
        self._edits[(self.kind, self.lang)] = self.blocks()
        self.schedule_preview()

    def set_block(self, name: str, text: str) -> None:
        self._editors[name].setPlainText(text)

    def _choice_changed(self) -> None:
        old_kind, old_lang = self._current
        old_blocks = self.blocks()
        self._edits[self._current] = old_blocks
        self._current = (self.kind, self.lang)
        carried: dict[str, str] = {}
        if old_kind == self.kind and old_lang != self.lang and (self.kind, self.lang) not in self._edits:
            # Text the owner typed in the other language goes along (to be translated) rather
            # than vanish; the other language keeps its own copy.
            old_defaults = self._default_blocks(old_kind, old_lang)
            carried = {k: v for k, v in old_blocks.items() if v.strip() and v != old_defaults.get(k, "")}
        self._build_blocks(carried)
        self._update_kind_widgets()
        self._notice = bool(carried)
        if carried:
            self._edits[self._current] = self.blocks()
            self.banner.show_message(_(
                "Your text from the {old} letter was copied here: translate it. The {old} letter keeps its own "
                "text.").format(old=language_label(old_lang)), "info")
        self.schedule_preview()

    def _update_kind_widgets(self) -> None:
        self.files_box.setVisible(self.kind in self._words.TAKES_ATTACHMENTS)
        self.checklist_button.setVisible(self.kind in self._words.NEEDS_CHECKLIST)
        self.actions_button.setVisible(self.kind in self._words.NEEDS_ACTIONS)

    # -- files ------------------------------------------------------------------------------------
    def ask_files(self) -> list[str]:
        """Seam for tests: which files to add."""
        paths, _filter = QFileDialog.getOpenFileNames(self, _("Add files"), str(self.export_dir))
        return paths

    def add_files_dialog(self) -> None:
        self.add_files(self.ask_files())

    def add_files(self, paths) -> None:
        from studio_dsar.core.letters.compose import read_attachment

        for path in paths:
            try:
                enc = read_attachment(path)
            except DsarError as exc:
                dialogs.show_error(self, exc, _("Add files"))
                continue
            self._attachments.append(enc)
            self.files_list.addItem(enc.filename)
        self.schedule_preview()

    def remove_selected_file(self) -> None:
        row = self.files_list.currentRow()
        if row >= 0:
            self.files_list.takeItem(row)
            del self._attachments[row]
            self.schedule_preview()

    # -- preview ----------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def flush_preview(self) -> None:
        """Render now instead of after the debounce delay (used by tests and on export)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_preview()

    def _page_width(self) -> int:
        viewport = self.preview_scroll.viewport().width() - 2 * PAGE_GAP - 4
        return max(MIN_PAGE_WIDTH, viewport) if viewport > 0 else MIN_PAGE_WIDTH

    def _build_letter(self):
        if self._facts is None:
            raise self._facts_error or DsarError(_("The request could not be read."))
        attach = self._attachments if self.kind in self._words.TAKES_ATTACHMENTS else []
        return self.studio.compose_letter(self.reference, self.kind, self.lang, blocks=self.blocks(),
                                          attach=attach, facts=self._facts)

    def refresh_preview(self) -> None:
        self._generation += 1
        generation = self._generation
        try:
            letter = self._build_letter()
        except DsarError as exc:
            self._letter = None
            self._show_problem(exc)
            return
        self._letter = letter
        self.last_error = None
        self.profile_button.hide()
        self.identity_button.hide()
        self.export_button.setEnabled(True)
        if letter.warnings:
            self.banner.show_message("\n".join(letter.warnings), "warning")
        elif not self._notice:
            self.banner.hide()
        self.preview_caption.setText(_("Preview – rendering…"))
        width = self._page_width()
        tasks.run_task(
            lambda: _render_pages(letter, width),
            lambda result: self._preview_done(generation, result),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _show_problem(self, exc: BaseException) -> None:
        self.last_error = str(exc)
        self.export_button.setEnabled(False)
        self.banner.show_message(str(exc), "overdue")
        self.profile_button.setVisible(isinstance(exc, ProfileError))
        self.identity_button.setVisible(isinstance(exc, StateError) and self.kind in ("access", "portability"))
        self._clear_pages()
        self.pages_box.setMinimumSize(0, 0)
        self.message.setText(_("No preview: see the message on the left."))
        self.message.show()
        self.preview_caption.setText(_("Preview"))
        self.page_count = 0
        self._rendered = None
        self.preview_updated.emit()

    def _clear_pages(self) -> None:
        for label in self._pages:
            label.hide()
            label.setParent(None)
            label.deleteLater()
        self._pages = []
        self._page_pngs = []

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)

    def _preview_done(self, generation: int, result) -> None:
        if self._closed or generation != self._generation:
            return  # an older render; a newer one is on its way
        rendered, pngs = result
        self._rendered, self._rendered_generation = rendered, generation
        self._clear_pages()
        self.message.hide()
        for png in pngs:
            label = QLabel()
            pixmap = QPixmap.fromImage(QImage.fromData(png))
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())  # a page is never squeezed to fit the window
            label.setStyleSheet("QLabel { background: white; }")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._pages.append(label)
        self._page_pngs = pngs
        # The pages' full height, so the scroll area scrolls instead of squeezing them.
        margins = self.pages_layout.contentsMargins()
        height = sum(label.height() for label in self._pages) + PAGE_GAP * max(0, len(self._pages) - 1)
        width = max((label.width() for label in self._pages), default=0)
        self.pages_box.setMinimumSize(width + margins.left() + margins.right(),
                                      height + margins.top() + margins.bottom())
        self.page_count = rendered.pages
        n_enc = len(rendered.enclosures)
        caption = _("Preview: {n} pages").format(n=rendered.pages) if rendered.pages > 1 else _("Preview (1 page)")
        if n_enc:
            caption += " · " + ngettext("{n} enclosure", "{n} enclosures", n_enc).format(n=n_enc)
        self.preview_caption.setText(caption)
        self.preview_updated.emit()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if not self._closed and generation == self._generation:
            self._show_problem(exc)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._pages and abs(self._pages[0].pixmap().width() - self._page_width()) > 40:
            self.schedule_preview()

    # -- actions --------------------------------------------------------------------------------
    def _facts_changed(self) -> None:
        self.studio.forget_cached()
        self._read_facts()
        self._build_blocks()
        self.refresh_preview()

    def edit_profile(self) -> None:
        from .profile_dialog import ProfileDialog

        if ProfileDialog(self.store, self).exec():
            self._facts_changed()

    def edit_checklist(self) -> None:
        from .checklist_dialog import ChecklistDialog

        if ChecklistDialog(self.studio, self.reference, self).exec():
            self._facts_changed()

    def edit_actions(self) -> None:
        from .actions_dialog import ActionsDialog

        dialog = ActionsDialog(self.studio, self.reference, self.kind, self)
        self.exec_actions(dialog)
        if dialog.changed:
            self._facts_changed()

    def exec_actions(self, dialog) -> None:
        """Seam for tests: run the what-was-done window."""
        dialogs.exec_dialog(dialog)

    def ask_identity_means(self) -> str | None:
        """Seam for tests: how the identity was confirmed."""
        from studio_dsar.core.vocab import IDENTITY_MEANS

        labels = [vocab.word(vocab.IDENTITY_MEANS_WORDS, m) for m in IDENTITY_MEANS]
        text, ok = QInputDialog.getItem(self, _("Identity confirmed"), _("How did you confirm the identity?"),
                                        labels, 0, False)
        return IDENTITY_MEANS[labels.index(text)] if ok and text in labels else None

    def confirm_identity(self) -> None:
        means = self.ask_identity_means()
        if not means:
            return
        try:
            self.studio.confirm_identity(self.reference, means)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Identity confirmed"))
            return
        self._facts_changed()

    def edit_representation(self) -> None:
        current = self._facts.representation if self._facts else None
        dialog = RepresentationDialog(current, self)
        if dialog.exec():
            try:
                self.studio.set_representation(self.reference, *dialog.value())
            except DsarError as exc:
                dialogs.show_error(self, exc, _("Asked for someone else"))
                return
            self._facts_changed()

    def ask_pdf_path(self, suggested: str) -> str | None:
        """Seam for tests: where to save the PDF."""
        path, _filter = QFileDialog.getSaveFileName(
            self, _("Export letter"), str(self.export_dir / suggested), _("PDF files (*.pdf)")
        )
        if not path:
            return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def export(self) -> str | None:
        if self._timer.isActive() or self._rendered is None or self._rendered_generation != self._generation:
            # The preview is behind the text: lay the letter out now, on this thread.
            self._timer.stop()
            self._generation += 1
            try:
                letter = self._build_letter()
                self._rendered = self.studio.layout_letter(letter)
                self._rendered_generation = self._generation
            except DsarError as exc:
                self._show_problem(exc)
                dialogs.show_error(self, exc, _("Export letter"))
                return None
        rendered = self._rendered
        if rendered is None:
            return None
        suggested = f"{self.reference}-{self.kind}-{self.lang}.pdf"
        path = self.ask_pdf_path(suggested)
        if not path:
            return None
        eml = str(Path(path).with_suffix(".eml")) if self.eml_check.isChecked() else None
        try:
            result = self.studio.export_letter(rendered, path, eml_path=eml)
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Export letter"))
            return None
        self.export_dir = Path(path).parent
        text = _("Letter saved as {file}.").format(file=result.pdf_path)
        for enc in result.enclosure_paths:
            text += "\n" + _("Enclosure saved as {file}.").format(file=enc)
        if result.eml_path:
            text += "\n" + _("E-mail draft saved as {file}: open it in your mail program, check it and send it.").format(
                file=result.eml_path)
        if result.warnings:
            text += "\n\n" + "\n".join(result.warnings)
        self.show_done(text, bool(result.warnings))
        self.exported.emit(str(result.pdf_path))
        return str(result.pdf_path)

    def show_done(self, text: str, warn: bool) -> None:
        """Seam for tests: tell the owner where the files went."""
        dialogs.show_message(self, "warning" if warn else "info", _("Export letter"), text)


class RepresentationDialog(QDialog):
    """The request was made by a representative or a parent for someone else."""

    def __init__(self, current: dict | None, parent=None):
        super().__init__(parent)
        from studio_dsar.core.letters.words import REPRESENTATION_ROLES

        self.setWindowTitle(_("Asked for someone else"))
        form = QFormLayout(self)
        self.name = QLineEdit((current or {}).get("subject_name", ""))
        self.name.setPlaceholderText(_("leave empty when the requester asks for themself"))
        self.role = QComboBox()
        for role in REPRESENTATION_ROLES:
            self.role.addItem(vocab.word(vocab.REPRESENTATION_ROLE_WORDS, role), role)
        self.role.setCurrentIndex(max(0, self.role.findData((current or {}).get("role"))))
        form.addRow(_("The request is about"), self.name)
        form.addRow(_("Role of the requester"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> tuple[str | None, str | None]:
        name = self.name.text().strip()
        return (name, self.role.currentData()) if name else (None, None)
