"""The studio profile: who you are and what you do with personal data (the processing record).

``ProfileDialog(store, parent=None, first_run=False)``. With ``first_run=True`` it greets the
owner and starts from the defaults for a typical photo/video studio, which they then edit.
Texts of the processing record are kept in Dutch, English and French, one column each, so
letters in each language read naturally. Each section of the record has a checkbox: the owner
confirms that it is true for the studio, and access and erasure letters wait for that.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core.errors import DsarError, ProfileError
from studio_dsar.core.i18n import _
from studio_dsar.core.letters import profile as P

from . import dialogs
from .labels import country_label
from .widgets import Banner


def legal_basis_label(code: str) -> str:
    return {
        "consent": _("Consent (Art. 6(1)(a))"),
        "contract": _("Contract (Art. 6(1)(b))"),
        "legal_obligation": _("Legal obligation (Art. 6(1)(c))"),
        "legitimate_interest": _("Legitimate interests (Art. 6(1)(f))"),
    }.get(code, code)


LANGS = ("nl", "en", "fr")


def _in(value, lang: str) -> str:
    """The text of a record field in one language (a plain string serves every language)."""
    if isinstance(value, dict):
        return str(value.get(lang) or "")
    return str(value or "")


# Columns of the record tables: (key in the item, language or None, header msgid).
PURPOSE_COLUMNS = (("purpose", "nl"), ("purpose", "en"), ("purpose", "fr"), ("legal_basis", None))
CATEGORY_COLUMNS = (("category", "nl"), ("category", "en"), ("category", "fr"),
                    ("retention", "nl"), ("retention", "en"), ("retention", "fr"))
# A recipient is named once (a company's name is the same in every language).
RECIPIENT_COLUMNS = (("name", None), ("purpose", "nl"), ("purpose", "en"), ("purpose", "fr"), ("country", None),
                     ("safeguards", "nl"), ("safeguards", "en"), ("safeguards", "fr"))


def _header(key: str, lang: str | None) -> str:
    names = {
        "purpose": _("Purpose"),
        "legal_basis": _("Legal basis"),
        "category": _("Data category"),
        "retention": _("Kept for"),
        "name": _("Recipient"),
        "country": _("Country (code)"),
        "safeguards": _("Safeguards"),
    }
    text = names.get(key, key)
    return f"{text} ({lang.upper()})" if lang else text


class RecordTable(QWidget):
    """A table of record items with add/remove buttons; each text column is one language."""

    def __init__(self, columns, items: list[dict], explanation: str, parent=None):
        super().__init__(parent)
        self.columns = columns
        self._extra: list[dict] = []  # keys of each row the table does not show (kept on save)
        layout = QVBoxLayout(self)
        self._layout = layout
        note = QLabel(explanation)
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([_header(k, lang) for k, lang in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for i, (key, _lang) in enumerate(columns):
            mode = QHeaderView.ResizeMode.ResizeToContents if key in ("legal_basis", "country") \
                else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(i, mode)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(_("&Add row"))
        self.remove_button = QPushButton(_("&Remove row"))
        self.add_button.clicked.connect(lambda: self.add_item({}))
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        for item in items:
            self.add_item(item)
        self.table.resizeRowsToContents()

    def add_footer(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def add_item(self, item: dict) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        shown = {k for k, _l in self.columns}
        self._extra.append({k: v for k, v in item.items() if k not in shown})
        for c, (key, lang) in enumerate(self.columns):
            if key == "legal_basis":
                combo = QComboBox()
                for code in P.LEGAL_BASES:
                    combo.addItem(legal_basis_label(code), code)
                combo.setCurrentIndex(max(0, combo.findData(item.get(key) or "contract")))
                self.table.setCellWidget(r, c, combo)
                continue
            if lang is None:
                value = item.get(key)
                text = P.loc(value, "nl") if isinstance(value, dict) else str(value or "")
            else:
                text = _in(item.get(key), lang)
            self.table.setItem(r, c, QTableWidgetItem(text))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for r in rows:
            self.table.removeRow(r)
            del self._extra[r]

    def items(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            item: dict = dict(self._extra[r])
            empty = True
            for c, (key, lang) in enumerate(self.columns):
                if key == "legal_basis":
                    combo = self.table.cellWidget(r, c)
                    item[key] = combo.currentData() if isinstance(combo, QComboBox) else None
                    continue
                cell = self.table.item(r, c)
                text = cell.text().strip() if cell else ""
                if text:
                    empty = False
                if lang is None:
                    item[key] = text.upper() if key == "country" else text
                else:
                    item[key] = dict(item[key]) if isinstance(item.get(key), dict) else {}
                    if text or lang in item[key]:
                        item[key][lang] = text
            if not empty:
                out.append(item)
        return out


class ProfileDialog(QDialog):
    """``ProfileDialog(store, parent=None, first_run=False)``: edit and save the studio profile."""

    def __init__(self, store, parent=None, first_run: bool = False):
        super().__init__(parent)
        self.store = store
        self.first_run = first_run
        saved = P.has_profile(store)
        self.profile = P.load_profile(store)  # defaults when nothing was saved yet
        from studio_dsar.core.letters import record

        self._status = record.status(self.profile, store.record_confirmations())
        self.confirm_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(_("Welcome: set up your studio profile") if first_run else _("Studio profile"))
        self.setMinimumSize(900, 620)

        layout = QVBoxLayout(self)
        if first_run or not saved:
            intro = QLabel(_(
                "Your letters are written in the name of your studio and list what you do with personal "
                "data. We filled in what a typical photo and video studio does; check every tab, "
                "change what is different for you and tick each section once it is true for your "
                "studio: access and erasure letters wait for that. Fields marked * are required."
            ))
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.banner = Banner()
        self.banner.hide()
        layout.addWidget(self.banner)

        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._studio_tab(), _("&Studio"))
        self.purposes = RecordTable(
            PURPOSE_COLUMNS, self.profile.get("purposes") or [],
            _("Why you process personal data, and on which legal basis (GDPR Art. 6). Access letters list these."),
        )
        self.purposes.add_footer(self._confirm_box("purposes"))
        self.tabs.addTab(self.purposes, _("P&urposes"))
        self.categories = RecordTable(
            CATEGORY_COLUMNS, self.profile.get("data_categories") or [],
            _("Which data you keep and for how long. Invoices must be kept for tax purposes "
              "(Netherlands: 7 years; Belgium: 10 years)."),
        )
        self.categories.add_footer(self._confirm_box("categories"))
        self.categories.add_footer(self._confirm_box("retention"))
        self.tabs.addTab(self.categories, _("&Data and retention"))
        self.recipients = RecordTable(
            RECIPIENT_COLUMNS, self.profile.get("recipients") or [],
            _("Who receives data or processes it for you: name each one (the company, e.g. \u201cBrevo SAS\u201d, "
              "not \u201cmailing service\u201d), with its purpose. Country as a two-letter code; outside the EEA, "
              "say which safeguards apply."),
        )
        self.recipients.add_footer(self._confirm_box("recipients"))
        self.tabs.addTab(self.recipients, _("&Recipients"))
        self.tabs.addTab(self._other_tab(), _("S&ources and decisions"))

        self._country = self.country.currentData()
        self.country.currentIndexChanged.connect(self._country_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- tabs ---------------------------------------------------------------------------------
    def _studio_tab(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        left, right = QFormLayout(), QFormLayout()
        self.fields: dict[str, QLineEdit] = {}

        def line(key: str, label: str, form: QFormLayout, required: bool = False, placeholder: str = "") -> None:
            edit = QLineEdit(str(self.profile.get(key) or ""))
            edit.setObjectName(f"field_{key}")
            if placeholder:
                edit.setPlaceholderText(placeholder)
            form.addRow(label + (" *" if required else ""), edit)
            self.fields[key] = edit

        line("legal_name", _("Legal name"), left, True, _("as registered, e.g. Fotostudio Jansen B.V."))
        line("trade_name", _("Trade name"), left)
        line("address", _("Street and number"), left, True)
        line("postcode", _("Postcode"), left, True)
        line("city", _("City"), left, True)
        self.country = QComboBox()
        for code in P.COUNTRIES:
            self.country.addItem(country_label(code), code)
        self.country.setCurrentIndex(max(0, self.country.findData(self.profile.get("country"))))
        left.addRow(_("Country") + " *", self.country)
        line("registration_number", _("KvK / KBO number"), left, True)
        line("vat_number", _("VAT number"), left)

        line("email", _("E-mail address"), right, True)
        line("phone", _("Phone"), right)
        line("website", _("Website"), right)
        line("privacy_contact", _("Privacy contact"), right, True, _("the person who answers privacy questions"))
        line("dpo", _("Data protection officer"), right, placeholder=_("only if you appointed one"))
        line("signatory", _("Letters signed by"), right, placeholder=_("default: the privacy contact"))
        self.promise = QSpinBox()
        self.promise.setRange(1, 31)
        self.promise.setSuffix(" " + _("days"))
        self.promise.setValue(int(self.profile.get("promise_days") or 28))
        right.addRow(_("We promise an answer within"), self.promise)

        logo_row = QHBoxLayout()
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(160, 60)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("QLabel { border: 1px solid #c8c8c8; background: white; }")
        choose = QPushButton(_("Choose &logo…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(_("Remove logo"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        right.addRow(_("Logo"), logo_row)
        self._show_logo()

        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(1, 1)
        return page

    def _other_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.texts: dict[tuple[str, str], QPlainTextEdit] = {}
        for key, label in (("sources", _("Where the data comes from")),
                           ("automated_decisions", _("Automated decision-making"))):
            for lang in LANGS:
                edit = QPlainTextEdit(_in(self.profile.get(key), lang))
                edit.setObjectName(f"text_{key}_{lang}")
                edit.setMaximumHeight(70)
                form.addRow(f"{label} ({lang.upper()})", edit)
                self.texts[(key, lang)] = edit
        form.addRow(self._confirm_box("sources"))
        form.addRow(self._confirm_box("automated_decisions"))
        return page

    def _confirm_box(self, section: str) -> QCheckBox:
        """'This is true for my studio': confirms the section when the profile is saved."""
        from studio_dsar.core.letters import record

        status = self._status.get(section) or {}
        box = QCheckBox(_("Checked: true for my studio ({section})").format(section=record.section_label(section)))
        box.setObjectName(f"confirm_{section}")
        box.setChecked(bool(status.get("confirmed")))
        if status.get("changed_since"):
            box.setToolTip(_("Changed since you confirmed it: check it again."))
        self.confirm_boxes[section] = box
        return box

    def _country_changed(self) -> None:
        """Swap country-specific default texts (invoice retention, tax authority) still unedited."""
        old, new = self._country, self.country.currentData()
        self._country = new
        if old == new:
            return
        before, after = P.default_profile(old), P.default_profile(new)
        swaps = {}
        for key in ("data_categories", "recipients"):
            for a, b in zip(before[key], after[key], strict=False):
                for field in a:
                    if a[field] != b[field] and isinstance(a[field], dict):
                        for lang in LANGS:
                            if a[field].get(lang) and b[field].get(lang):
                                swaps[a[field][lang]] = b[field][lang]
        for table in (self.categories.table, self.recipients.table):
            for r in range(table.rowCount()):
                for c in range(table.columnCount()):
                    cell = table.item(r, c)
                    if cell is not None and cell.text() in swaps:
                        cell.setText(swaps[cell.text()])
                    elif cell is not None and cell.text() == old and table is self.recipients.table:
                        cell.setText(new)

    # -- logo -----------------------------------------------------------------------------------
    def _show_logo(self) -> None:
        data = P.logo_bytes(self.profile)
        self.remove_logo_button.setEnabled(bool(data))
        if not data:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(_("no logo"))
            return
        pix = QPixmap()
        pix.loadFromData(data)
        self.logo_preview.setPixmap(pix.scaled(150, 52, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))

    def ask_logo_path(self) -> str | None:
        """Seam for tests."""
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose logo"), "", _("Images (*.png *.jpg *.jpeg)"))
        return path or None

    def choose_logo(self) -> None:
        path = self.ask_logo_path()
        if not path:
            return
        try:
            P.set_logo(self.profile, path)
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Logo"))
            return
        self._show_logo()

    def remove_logo(self) -> None:
        P.set_logo(self.profile, None)
        self._show_logo()

    # -- saving -------------------------------------------------------------------------------
    def values(self) -> dict:
        data = copy.deepcopy(self.profile)
        for key, edit in self.fields.items():
            data[key] = edit.text().strip()
        data["country"] = self.country.currentData()
        data["promise_days"] = self.promise.value()
        data["purposes"] = self.purposes.items()
        data["data_categories"] = self.categories.items()
        data["recipients"] = self.recipients.items()
        for (key, lang), text_edit in self.texts.items():
            value = data.get(key)
            value = dict(value) if isinstance(value, dict) else {}
            text = text_edit.toPlainText().strip()
            if text or lang in value:
                value[lang] = text
            data[key] = value
        return data

    def confirmed_sections(self) -> list[str]:
        return [s for s, box in self.confirm_boxes.items() if box.isChecked()]

    def accept(self) -> None:
        from studio_dsar.core.letters import record

        values = self.values()
        problems = [p for p in (record.confirmable_problem(values, s) for s in self.confirmed_sections()) if p]
        if problems:
            self.banner.show_message(" ".join(problems), "overdue")
            return
        try:
            with self.store.transaction():
                self.profile = P.save_profile(self.store, values)
                for section, box in self.confirm_boxes.items():
                    if box.isChecked():
                        record.confirm(self.store, section)
                    elif (self._status.get(section) or {}).get("confirmed"):
                        self.store.unconfirm_record_section(section)
        except ProfileError as exc:
            self.banner.show_message(str(exc), "overdue")
            self._focus_missing()
            return
        except DsarError as exc:
            dialogs.show_error(self, exc, _("Studio profile"))
            return
        super().accept()

    def _focus_missing(self) -> None:
        missing = P.missing_fields(self.values())
        if not missing:
            return
        key = missing[0]
        if key in self.fields:
            self.tabs.setCurrentIndex(0)
            self.fields[key].setFocus()
        elif key == "purposes":
            self.tabs.setCurrentWidget(self.purposes)
        elif key == "data_categories":
            self.tabs.setCurrentWidget(self.categories)
