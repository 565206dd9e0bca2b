"""Help > About: version, data folder, and the licences of the bundled third-party parts.

Everything shown comes from :mod:`studio_dsar.core.about` (``studio-dsar about`` prints the
same). A part's licence text opens inside the dialog; the data folder opens in the file
manager.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import about
from studio_dsar.core.i18n import _


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("About studio-dsar"))
        self.setObjectName("aboutDialog")
        self.info = about.info()
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        icon = QLabel()
        window_icon = self.windowIcon()
        if not window_icon.isNull():
            icon.setPixmap(window_icon.pixmap(64, 64))
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel()
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setText(_("studio-dsar {version}").format(version=self.info["version"]))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = QVBoxLayout()
        text.addWidget(title)
        blurb = QLabel(_("Handle GDPR data-subject requests (AVG-verzoeken) for your studio, entirely on "
                         "this computer: intake, deadlines, ID redaction and response letters. Nothing is "
                         "sent over the network."))
        blurb.setWordWrap(True)
        blurb.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(blurb)
        licence = QLabel(_("Free software under the {licence}.").format(licence=self.info["licence"]))
        licence.setTextFormat(Qt.TextFormat.PlainText)
        text.addWidget(licence)
        head.addLayout(text, 1)
        layout.addLayout(head)

        folder_row = QHBoxLayout()
        self.folder_label = QLabel(_("Data folder: {path}").format(path=self.info["data_folder"]))
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        folder_row.addWidget(self.folder_label, 1)
        open_folder = QPushButton(_("Open folder"))
        open_folder.clicked.connect(self.open_data_folder)
        folder_row.addWidget(open_folder)
        layout.addLayout(folder_row)

        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setMinimumSize(640, 320)
        layout.addWidget(self.browser, 1)
        self.show_components()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def components_html(self) -> str:
        e = html.escape
        rows = []
        for c in self.info["components"]:
            name = e(c["name"]) + (f" {e(c['version'])}" if c["version"] else "")
            licence = e(c["licence"])
            if c["licence_file"] and about.licence_text(c["licence_file"]) is not None:
                licence = f'<a href="licence:{e(c["licence_file"])}">{licence}</a>'
            note = f'<br><small>{e(c["note"])}</small>' if c["note"] else ""
            rows.append(f"<tr><td><b>{name}</b><br>{e(c['purpose'])}{note}</td><td>{licence}</td></tr>")
        heading = _("Third-party parts")
        intro = _("studio-dsar is built from these parts; click a licence to read it.")
        folder = _("Licence texts of every bundled part: {path}").format(path=self.info["licences_folder"])
        return (
            f"<h3>{e(heading)}</h3><p>{e(intro)}</p>"
            f'<table cellspacing="0" cellpadding="4" width="100%">{"".join(rows)}</table>'
            f"<p><small>{e(folder)}</small></p>"
        )

    def show_components(self) -> None:
        self.browser.setHtml(self.components_html())

    def show_licence(self, file_name: str) -> bool:
        text = about.licence_text(file_name)
        if text is None:
            return False
        back = html.escape(_("Back to the list"))
        self.browser.setHtml(f'<p><a href="back:">&larr; {back}</a></p><pre>{html.escape(text)}</pre>')
        return True

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "licence":
            self.show_licence(url.path())
        else:
            self.show_components()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.info["data_folder"]))


def show_about(parent: QWidget | None) -> None:
    AboutDialog(parent).exec()
