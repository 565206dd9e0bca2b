"""Why ask for ID? Asked before a request goes to "awaiting ID": the doubt, and lighter means first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from studio_dsar.core import idcheck
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _

from . import dialogs


class IdReasonDialog(QDialog):
    def __init__(self, country: str | None, reason: str | None = None, means: list[str] | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_("Why ask for ID?"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        intro = QLabel(_("Ask for a copy of an ID only when you have a reasonable doubt about who is asking "
                         "(GDPR Art. 12(6)), and when a lighter means will not do. The reason is recorded and "
                         "stated in the letter asking for ID."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        means_box = QGroupBox(_("Lighter means first: what did you consider or try?"))
        mv = QVBoxLayout(means_box)
        self.means_boxes: dict[str, QCheckBox] = {}
        for code, text in idcheck.lighter_means(country).items():
            box = QCheckBox(text)
            box.setChecked(code in (means or []))
            self.means_boxes[code] = box
            mv.addWidget(box)
        layout.addWidget(means_box)
        layout.addWidget(QLabel(_("Your reason for doubt (required):")))
        self.reason_edit = QPlainTextEdit(reason or "")
        self.reason_edit.setPlaceholderText("\n".join(_(t) for t in idcheck.DOUBT_EXAMPLES))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.textChanged.connect(self._update)
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(_("Record reason"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok.setEnabled(len(self.reason()) >= 5)

    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def means(self) -> list[str]:
        return [code for code, box in self.means_boxes.items() if box.isChecked()]


def ask_id_reason(parent, studio, reference: str) -> bool:
    """Ask why ID is needed and record it (the request moves to "awaiting ID"). False when cancelled."""
    from studio_dsar.core.studio import Studio

    studio = studio if isinstance(studio, Studio) else Studio(studio)
    reason, means = studio.id_reason(reference)
    dialog = IdReasonDialog(studio.country, reason, means, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        studio.record_id_reason(reference, dialog.reason(), means_considered=dialog.means())
    except DsarError as exc:
        dialogs.show_error(parent, exc, _("Why ask for ID?"))
        return False
    return True
