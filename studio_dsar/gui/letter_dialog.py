"""Write a response letter: pick kind and language, edit the free-text blocks, see page 1,
export the PDF (and an e-mail draft).

The letter's data is gathered from the store on the GUI thread (a few milliseconds); laying it
out as PDF and rasterising page 1 runs on the task runner, debounced so typing stays smooth.
Results of an outdated render (the owner kept typing) are dropped.
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
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core.errors import DsarError, ProfileError
from studio_dsar.core.i18n import _

from . import dialogs, tasks
from .labels import clean, language_label
from .widgets import Banner

PREVIEW_DPI = 72
DEBOUNCE_MS = 350


def kind_label(kind: str) -> str:
    from studio_dsar.core.letters.render import KIND_LABELS

    return _(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def block_label(name: str) -> str:
    from studio_dsar.core.letters.render import BLOCK_LABELS

    return _(BLOCK_LABELS[name]) if name in BLOCK_LABELS else name


def suggest_kind(req) -> str:
    """A sensible first letter for the request's state."""
    if req.status == "new":
        return "acknowledgement"
    if req.status == "awaiting_id":
        return "id_request"
    if req.status == "refused":
        return "refusal"
    for right in ("access", "erasure", "rectification", "restriction", "objection", "withdraw_consent"):
        if right in req.rights:
            return right
    return "acknowledgement"


def _render_preview(letter, dpi: int) -> tuple[bytes, int]:
    """Worker side: PDF layout and page-1 raster. Touches no store and no widget."""
    from studio_dsar.core.letters import render

    import pymupdf

    pdf = render.letter_pdf(letter)
    with render.MUPDF_LOCK, pymupdf.open("pdf", pdf) as doc:
        pages = doc.page_count
        png = doc[0].get_pixmap(dpi=dpi, alpha=False).tobytes("png")
    return png, pages


class LetterDialog(QDialog):
    """``LetterDialog(store, reference, parent=None)``."""

    exported = Signal(str)  # path of the PDF written
    preview_updated = Signal()

    def __init__(self, store, reference: str, parent=None):
        super().__init__(parent)
        from studio_dsar.core.letters import render

        self._render = render
        self.store = store
        self.request = store.get_request(reference)
        self.reference = self.request.reference
        self._edits: dict[tuple[str, str], dict[str, str]] = {}
        self._editors: dict[str, QPlainTextEdit] = {}
        self._generation = 0
        self._closed = False
        self._letter = None
        self._pending: tasks.TaskHandle | None = None
        self.page_count = 0
        self.last_error: str | None = None
        self.export_dir = Path.home()

        who = self.request.requester_name or self.request.requester_email or ""
        self.setWindowTitle(_("Write letter – {ref} {name}").format(ref=self.reference, name=clean(who)))
        self.setMinimumSize(980, 680)

        # -- left: choices and blocks -----------------------------------------------------
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        for kind in render.KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(suggest_kind(self.request))))
        form.addRow(_("&Letter:"), self.kind_combo)
        self.lang_combo = QComboBox()
        for code in render.LANGS:
            self.lang_combo.addItem(language_label(code), code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(self.request.language)))
        form.addRow(_("L&anguage:"), self.lang_combo)
        left_layout.addLayout(form)
        self.info = QLabel(self._request_info())
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        left_layout.addWidget(self.info)

        self.banner = Banner()
        self.banner.hide()
        left_layout.addWidget(self.banner)
        self.profile_button = QPushButton(_("Edit studio &profile…"))
        self.profile_button.clicked.connect(self.edit_profile)
        self.profile_button.hide()
        left_layout.addWidget(self.profile_button, 0, Qt.AlignmentFlag.AlignLeft)

        hint = QLabel(_("Edit the texts below; the preview follows. Lines starting with “-” become a list."))
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        self.blocks_box = QWidget()
        self.blocks_layout = QVBoxLayout(self.blocks_box)
        self.blocks_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.blocks_box, 1)

        self.eml_check = QCheckBox(_("Also save an e-mail draft (.eml) with the PDF attached"))
        self.eml_check.setChecked(bool(self.request.requester_email))
        left_layout.addWidget(self.eml_check)

        # -- right: preview ------------------------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.preview_caption = QLabel(_("Preview"))
        right_layout.addWidget(self.preview_caption)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.preview.setStyleSheet("QLabel { background: #8a8f96; padding: 12px; }")
        self.preview.setMinimumSize(420, 560)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        right_layout.addWidget(scroll, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 520])

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
        self.kind_combo.currentIndexChanged.connect(self._choice_changed)
        self.lang_combo.currentIndexChanged.connect(self._choice_changed)
        self.refresh_preview()

    def _request_info(self) -> str:
        from studio_dsar.core import settings as app_settings
        from studio_dsar.core.i18n import current_language

        conf = app_settings.load(self.store)
        dl = self.request.deadlines(conf["country"], conf["promise_days"])
        lang = current_language()
        who = " ".join(x for x in (clean(self.request.requester_name or ""),
                                   f"<{self.request.requester_email}>" if self.request.requester_email else "") if x)
        due = dl.extended_due if self.request.extended else min(dl.legal_due, dl.promised_due)
        return _("{who} · received {received} · answer by {due}").format(
            who=who or "-", received=self._render.format_date(dl.received, lang),
            due=self._render.format_date(due, lang))

    # -- state --------------------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return self.kind_combo.currentData()

    @property
    def lang(self) -> str:
        return self.lang_combo.currentData()

    def blocks(self) -> dict[str, str]:
        return {name: editor.toPlainText() for name, editor in self._editors.items()}

    def _store_edits(self) -> None:
        if self._editors:
            self._edits[self._current] = self.blocks()

    def _build_blocks(self) -> None:
        while self.blocks_layout.count():
            item = self.blocks_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone at once, not only when deleteLater runs
                widget.setParent(None)
                widget.deleteLater()
        self._editors.clear()
        try:
            defaults = self._render.default_blocks(self.store, self.reference, self.kind, self.lang)
        except DsarError:
            defaults = dict.fromkeys(self._render.BLOCKS[self.kind], "")
        values = {**defaults, **self._edits.get((self.kind, self.lang), {})}
        for name in self._render.BLOCKS[self.kind]:
            label = QLabel(block_label(name))
            editor = QPlainTextEdit()
            editor.setObjectName(f"block_{name}")
            editor.setTabChangesFocus(True)
            editor.setPlainText(values.get(name, ""))
            editor.setMinimumHeight(70 if name == "extra" else 110)
            editor.textChanged.connect(self.schedule_preview)
            label.setBuddy(editor)
            self.blocks_layout.addWidget(label)
            self.blocks_layout.addWidget(editor, 0 if name == "extra" else 1)
            self._editors[name] = editor
        self.blocks_layout.addStretch(0)

    def set_block(self, name: str, text: str) -> None:
        self._editors[name].setPlainText(text)

    def _choice_changed(self) -> None:
        self._edits[self._current] = self.blocks()
        self._current = (self.kind, self.lang)
        self._build_blocks()
        self.schedule_preview()

    # -- preview ------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def flush_preview(self) -> None:
        """Render now instead of after the debounce delay (used by tests and on export)."""
        if self._timer.isActive():
            self._timer.stop()
            self.refresh_preview()

    def _build_letter(self):
        return self._render.build_letter(self.store, self.reference, self.kind, self.lang, blocks=self.blocks())

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
        self.export_button.setEnabled(True)
        if letter.warnings:
            self.banner.show_message("\n".join(letter.warnings), "warning")
        else:
            self.banner.hide()
        self.preview_caption.setText(_("Preview – rendering…"))
        self._pending = tasks.run_task(
            lambda: _render_preview(letter, PREVIEW_DPI),
            lambda result: self._preview_done(generation, result),
            lambda exc: self._preview_failed(generation, exc),
        )

    def _show_problem(self, exc: BaseException) -> None:
        self.last_error = str(exc)
        self.export_button.setEnabled(False)
        self.banner.show_message(str(exc), "overdue")
        self.profile_button.setVisible(isinstance(exc, ProfileError))
        self.preview.clear()
        self.preview.setText(_("No preview: see the message on the left."))
        self.preview_caption.setText(_("Preview"))
        self.page_count = 0
        self.preview_updated.emit()

    def done(self, result: int) -> None:
        self._closed = True
        self._timer.stop()
        super().done(result)

    def _preview_done(self, generation: int, result) -> None:
        if self._closed or generation != self._generation:
            return  # an older render; a newer one is on its way
        png, pages = result
        image = QImage.fromData(png)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.page_count = pages
        self.preview_caption.setText(
            _("Preview of page 1 of {n}").format(n=pages) if pages > 1 else _("Preview (1 page)")
        )
        self.preview_updated.emit()

    def _preview_failed(self, generation: int, exc: BaseException) -> None:
        if not self._closed and generation == self._generation:
            self._show_problem(exc)

    # -- actions ------------------------------------------------------------------------------
    def edit_profile(self) -> None:
        from .profile_dialog import ProfileDialog

        if ProfileDialog(self.store, self).exec():
            self._build_blocks()
            self.refresh_preview()

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
        self._timer.stop()
        try:
            letter = self._build_letter()
        except DsarError as exc:
            self._show_problem(exc)
            dialogs.show_error(self, exc, _("Export letter"))
            return None
        suggested = f"{self.reference}-{self.kind}-{self.lang}.pdf"
        path = self.ask_pdf_path(suggested)
        if not path:
            return None
        eml = str(Path(path).with_suffix(".eml")) if self.eml_check.isChecked() else None
        try:
            result = self._render.export_letter(
                self.store, self.reference, self.kind, self.lang, path, eml_path=eml, letter=letter
            )
        except (DsarError, OSError) as exc:
            dialogs.show_error(self, exc, _("Export letter"))
            return None
        self.export_dir = Path(path).parent
        text = _("Letter saved as {file}.").format(file=result.pdf_path)
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
