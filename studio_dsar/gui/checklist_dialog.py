"""Tick what was done for an erasure or a consent withdrawal, place by place.

``ChecklistDialog(studio, reference, parent=None)``. Each row is a place where the studio may
hold the person's data (client administration, mailbox, image archive, portfolio, social
media, backups, others who show published images) or a recipient from the processing record
(told under Art. 19). The letter states exactly what is ticked here; every change is audited.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from studio_dsar.core import vocab
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _
from studio_dsar.core.letters import checklist as C

from . import dialogs
from .widgets import Banner


class ChecklistDialog(QDialog):
    COL_PLACE, COL_STATE, COL_GROUND, COL_NOTE = range(4)

    def __init__(self, studio, reference: str, parent=None):
        super().__init__(parent)
        self.studio = studio
        self.reference = reference
        self.setWindowTitle(_("Erasure checklist – {ref}").format(ref=reference))
        self.setMinimumSize(760, 420)
        layout = QVBoxLayout(self)
        note = QLabel(_(
            "Tick every place: done (erased, or no longer used), kept with its legal ground, or not "
            "held there. The letter says exactly what you tick here, nothing more."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.banner = Banner()
        self.banner.hide()
        layout.addWidget(self.banner)
        self.items = studio.checklist(reference)
        self._widgets: list[tuple[QComboBox, QComboBox, QLineEdit]] = []
        self.table = QTableWidget(len(self.items), 4)
        self.table.setHorizontalHeaderLabels([_("Place"), _("State"), _("Legal ground"), _("Note")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_PLACE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_STATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_GROUND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_NOTE, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(self.items):
            label = QTableWidgetItem(C.place_label(item.place))
            label.setToolTip(item.place)
            self.table.setItem(row, self.COL_PLACE, label)
            state = QComboBox()
            state.addItem(_("open"), None)
            for code in C.STATES:
                state.addItem(vocab.word(C.STATE_LABELS, code), code)
            state.setCurrentIndex(max(0, state.findData(item.state)))
            ground = QComboBox()
            ground.addItem("", None)
            for code in C.GROUNDS:
                ground.addItem(vocab.word(C.GROUND_LABELS, code), code)
            ground.setCurrentIndex(max(0, ground.findData(item.ground)))
            ground.setEnabled(item.state == "kept")
            state.currentIndexChanged.connect(lambda _i, s=state, g=ground: g.setEnabled(s.currentData() == "kept"))
            self.table.setCellWidget(row, self.COL_STATE, state)
            self.table.setCellWidget(row, self.COL_GROUND, ground)
            edit = QLineEdit(item.note)
            self.table.setCellWidget(row, self.COL_NOTE, edit)
            self._widgets.append((state, ground, edit))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_row(self, place: str, state: str | None, ground: str | None = None, note: str = "") -> None:
        """Seam for tests and keyboard users: set one row's widgets."""
        row = next(i for i, item in enumerate(self.items) if item.place == place)
        s, g, n = self._widgets[row]
        s.setCurrentIndex(s.findData(state))
        g.setCurrentIndex(max(0, g.findData(ground)))
        n.setText(note)

    def rows(self) -> list[tuple[str, str | None, str | None, str]]:
        out = []
        for item, (s, g, n) in zip(self.items, self._widgets, strict=True):
            out.append((item.place, s.currentData(), g.currentData(), n.text().strip()))
        return out

    def accept(self) -> None:
        try:
            for (place, state, ground, note), item in zip(self.rows(), self.items, strict=True):
                if state is None:
                    continue
                if (state, ground if state == "kept" else None, note) != (item.state, item.ground, item.note):
                    self.studio.tick(self.reference, place, state, ground, note)
        except DsarError as exc:
            self.banner.show_message(str(exc), "overdue")
            return
        except Exception as exc:  # noqa: BLE001 - shown, never swallowed
            dialogs.show_error(self, exc, _("Erasure checklist"))
            return
        super().accept()
