"""The ID-check window: redact a dropped scan, let the owner look and compare, keep only the
redacted copy and wipe the original.

The redaction runs off the GUI thread with progress and cancel. Closing the window in any way
other than "Keep redacted copy" wipes the original: nothing readable is left behind.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import idcheck, vocab
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.store import Store

from . import dialogs, tasks
from .widgets import plain_label

ID_SUFFIXES = vocab.SCAN_SUFFIXES


def is_id_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in ID_SUFFIXES


def category_label(code: str) -> str:
    return vocab.word(vocab.FINDING_WORDS, code)


def _redact_job(db_path, reference: str, source: str):
    def job(progress):
        with Store.open(db_path) as store:
            return idcheck.start(store, reference, source, progress=progress)
    return job


class IdCheckDialog(QDialog):
    def __init__(self, store: Store, reference: str, source: str | Path, parent=None):
        super().__init__(parent)
        self.store = store
        self.reference = reference
        self.source = Path(source)
        self.check: idcheck.PendingCheck | None = None
        self.request = store.get_request(reference)
        self.setWindowTitle(_("Check ID document — {ref}").format(ref=reference))
        self.resize(1100, 740)

        layout = QVBoxLayout(self)
        intro = plain_label(
            _("The app blacks out the portrait, the machine-readable zone, the document number and "
              "the BSN or national register number. Check the result, compare name and date of birth "
              "with the request, and keep only the redacted copy.")
        )
        layout.addWidget(intro)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = plain_label(_("Reading the file"))
        self.cancel_button = QPushButton(_("Cancel"))
        self.cancel_button.clicked.connect(self._cancel_running)
        prow = QHBoxLayout()
        prow.addWidget(self.progress, 1)
        prow.addWidget(self.cancel_button)
        layout.addWidget(self.progress_text)
        layout.addLayout(prow)

        body = QHBoxLayout()
        self.preview_area = QScrollArea()
        self.preview_area.setWidgetResizable(True)
        self.preview_host = QWidget()
        self.preview_layout = QVBoxLayout(self.preview_host)
        self.preview_area.setWidget(self.preview_host)
        body.addWidget(self.preview_area, 3)

        side = QVBoxLayout()
        self.summary_label = plain_label()
        side.addWidget(self.summary_label)
        self.review_label = plain_label()
        self.review_label.setStyleSheet("color: #664d03; background: #fff3cd; border: 1px solid #e6c96b;"
                                        " border-radius: 4px; padding: 6px;")
        self.review_label.hide()
        side.addWidget(self.review_label)
        name = self.request.requester_name or self.request.requester_email or reference
        self.name_box = QCheckBox(_("The name on the document matches {name}").format(name=name))
        self.dob_box = QCheckBox(_("The date of birth fits what I know of this person"))
        self.reviewed_box = QCheckBox(_("I checked that every number, the MRZ and the portrait are covered"))
        self.wipe_source_box = QCheckBox(_("Also wipe the original file on this computer ({name})").format(
            name=self.source.name))
        self.wipe_source_box.setChecked(True)
        for box in (self.name_box, self.dob_box, self.reviewed_box, self.wipe_source_box):
            box.setEnabled(False)
            side.addWidget(box)
        self.reviewed_box.toggled.connect(self._update_buttons)
        side.addStretch(1)
        body.addLayout(side, 2)
        layout.addLayout(body, 1)

        self.buttons = QDialogButtonBox()
        self.keep_button = self.buttons.addButton(_("Keep redacted copy, wipe original"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(_("Discard"), QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setEnabled(False)
        self.keep_button.clicked.connect(self.keep)
        self.discard_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        self._handle: tasks.TaskHandle | None = tasks.run_task_with_progress(
            _redact_job(store.path, reference, str(self.source)),
            self._redacted, self._failed, self._on_progress,
        )

    # -- running ---------------------------------------------------------------------------
    def _on_progress(self, percent: int, text: str) -> None:
        self.progress.setValue(int(percent))
        if text:
            self.progress_text.setText(text)

    def _cancel_running(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self.progress_text.setText(_("Cancelling…"))

    def _redacted(self, check: idcheck.PendingCheck) -> None:
        self._handle = None
        self.check = check
        if self._closed:  # the window was closed while the redaction ran: keep nothing
            idcheck.discard(self.store, check)
            return
        self.progress.setValue(100)
        self.progress.hide()
        self.cancel_button.hide()
        counts = check.summary()
        if counts:
            parts = [f"{category_label(k)} × {v}" if v > 1 else category_label(k) for k, v in counts.items()]
            self.summary_label.setText(_("Blacked out: {items}.").format(items=", ".join(parts)))
        else:
            self.summary_label.setText(_("Nothing was found to black out."))
        if check.needs_review:
            texts = check.result.reason_texts()
            self.review_label.setText(_("Check by hand:") + "\n• " + "\n• ".join(texts))
            self.review_label.show()
            self.progress_text.setText(_("The app is not sure it found everything: look closely."))
        else:
            self.progress_text.setText(_("Redacted. Look at the copy before you keep it."))
            self.reviewed_box.setChecked(True)
        for png in check.preview_pages():
            label = QLabel()
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            room = max(400, self.preview_area.viewport().width() - 24)
            label.setPixmap(pix.scaledToWidth(min(pix.width(), room), Qt.TransformationMode.SmoothTransformation))
            label.setToolTip(_("The redacted copy as it will be kept"))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.preview_layout.addWidget(label)
        for box in (self.name_box, self.dob_box, self.reviewed_box, self.wipe_source_box):
            box.setEnabled(True)
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._handle = None
        self.progress.hide()
        self.cancel_button.hide()
        if isinstance(exc, DsarError):
            text = str(exc)
        else:
            text = _("The document could not be processed ({error}).").format(error=type(exc).__name__)
        self.progress_text.setText(text)
        dialogs.show_message(self, "warning", _("Check ID document"), text)

    def _update_buttons(self) -> None:
        ready = self.check is not None and (not self.check.needs_review or self.reviewed_box.isChecked())
        self.keep_button.setEnabled(ready)

    # -- finishing -------------------------------------------------------------------------
    _closed = False

    def keep(self) -> None:
        if self.check is None:
            return
        try:
            idcheck.accept(
                self.store, self.check, name_matches=self.name_box.isChecked(),
                birth_date_matches=self.dob_box.isChecked(), reviewed=self.reviewed_box.isChecked(),
                wipe_source=self.source if self.wipe_source_box.isChecked() else None,
            )
        except DsarError as exc:
            dialogs.show_message(self, "warning", _("Check ID document"), str(exc))
            return
        except OSError as exc:
            dialogs.show_message(self, "warning", _("Check ID document"),
                                 _("The original file could not be wiped ({error}).").format(
                                     error=type(exc).__name__))
        self.accept()

    def reject(self) -> None:
        self._closed = True
        if self._handle is not None:
            self._handle.cancel()
        if self.check is not None and not self.check.finished:
            try:
                idcheck.discard(self.store, self.check)
            except DsarError as exc:
                dialogs.show_message(self, "warning", _("Check ID document"), str(exc))
        super().reject()
