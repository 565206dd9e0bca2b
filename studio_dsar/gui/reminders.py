"""Reminders in the window: the start-up digest and notifications while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.reminders import Digest, newly_due, waiting_days

from .labels import clean, days_left_text, fmt_date_long

REFERENCE_ROLE = Qt.ItemDataRole.UserRole + 1


def _who(entry) -> str:
    name = clean(entry.request.requester_name)
    return f"{entry.reference} · {name}" if name else entry.reference


class DigestDialog(QDialog):
    """What needs attention today, in four groups; double-click a request to open it.

    ``chosen`` holds the reference picked, ``filter_chosen`` 'overdue' or 'soon' when the owner
    asked to see that list in the window."""

    def __init__(self, digest: Digest, parent: QWidget | None = None, *, show_at_start: bool = True):
        super().__init__(parent)
        self.digest = digest
        self.chosen: str | None = None
        self.filter_chosen: str | None = None
        self.setWindowTitle(_("Today's overview"))
        self.setMinimumSize(560, 380)
        layout = QVBoxLayout(self)
        heading = QLabel(fmt_date_long(digest.today).capitalize())
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        summary = QLabel(self._summary())
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.sections: dict[str, QTreeWidgetItem] = {}
        groups = [
            ("overdue", _("Overdue"), digest.overdue, self._due_text),
            ("soon", _("Due this week"), digest.due_this_week, self._due_text),
            ("notice", _("Extension notice not sent yet"), digest.notice_unsent, self._notice_text),
            ("awaiting_id", ngettext("Waiting for an ID for more than {n} day",
                                     "Waiting for an ID for more than {n} days",
                                     digest.awaiting_id_days).format(n=digest.awaiting_id_days),
             digest.awaiting_id, self._waiting_text),
        ]
        for key, title, entries, describe in groups:
            if not entries:
                continue
            section = QTreeWidgetItem([f"{title} ({len(entries)})"])
            f = section.font(0)
            f.setBold(True)
            section.setFont(0, f)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(section)
            for entry in entries:
                item = QTreeWidgetItem([f"{_who(entry)} — {describe(entry)}"])
                item.setData(0, REFERENCE_ROLE, entry.reference)
                item.setToolTip(0, _("Double-click to open this request"))
                section.addChild(item)
            section.setExpanded(True)
            self.sections[key] = section
        self.tree.setVisible(bool(self.sections))
        layout.addWidget(self.tree, 1)

        self.show_at_start = QCheckBox(_("Show this overview when studio-dsar starts"))
        self.show_at_start.setChecked(show_at_start)
        layout.addWidget(self.show_at_start)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        if digest.overdue:
            self.overdue_button = QPushButton(_("Show overdue requests"))
            self.buttons.addButton(self.overdue_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.overdue_button.clicked.connect(lambda: self._pick_filter("overdue"))
        if digest.due_this_week:
            self.soon_button = QPushButton(_("Show requests due soon"))
            self.buttons.addButton(self.soon_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.soon_button.clicked.connect(lambda: self._pick_filter("soon"))
        layout.addWidget(self.buttons)

    def _summary(self) -> str:
        d = self.digest
        if d.empty:
            return _("Nothing needs your attention today: no request is overdue or due this week.")
        parts = []
        if d.overdue:
            parts.append(ngettext("{n} request is overdue", "{n} requests are overdue", len(d.overdue))
                         .format(n=len(d.overdue)))
        if d.due_this_week:
            parts.append(ngettext("{n} is due this week", "{n} are due this week", len(d.due_this_week))
                         .format(n=len(d.due_this_week)))
        if d.notice_unsent:
            parts.append(ngettext("{n} extension notice still has to be sent",
                                  "{n} extension notices still have to be sent", len(d.notice_unsent))
                         .format(n=len(d.notice_unsent)))
        if d.awaiting_id:
            parts.append(ngettext("{n} request has been waiting for an ID for a long time",
                                  "{n} requests have been waiting for an ID for a long time",
                                  len(d.awaiting_id)).format(n=len(d.awaiting_id)))
        return "; ".join(parts) + "."

    @staticmethod
    def _due_text(entry) -> str:
        return _("due {date} ({left})").format(date=fmt_date_long(entry.due), left=days_left_text(entry.days_left))

    def _notice_text(self, entry) -> str:
        left = (entry.deadlines.extension_notice_by - self.digest.today).days
        if left < 0:
            return _("the notice had to be sent by {date}").format(date=fmt_date_long(entry.deadlines.extension_notice_by))
        return _("send the notice by {date}").format(date=fmt_date_long(entry.deadlines.extension_notice_by))

    def _waiting_text(self, entry) -> str:
        n = waiting_days(entry, self.digest.today) or 0
        return ngettext("waiting {n} day", "waiting {n} days", n).format(n=n)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        reference = item.data(0, REFERENCE_ROLE)
        if reference:
            self.chosen = reference
            self.accept()

    def _pick_filter(self, which: str) -> None:
        self.filter_chosen = which
        self.accept()


class Notifier(QObject):
    """Checks every ``interval_ms`` (and when asked) whether a request became due, and says so
    once per request and kind: as a desktop notification where the system has a tray, else
    through ``fallback(text)`` (the window's status bar).

    ``entries()`` returns the current register entries; ``notified`` emits the texts shown."""

    notified = Signal(str, str)  # title, text

    def __init__(self, entries: Callable[[], list], parent: QObject | None = None, *,
                 icon: QIcon | None = None, fallback: Callable[[str], None] | None = None,
                 interval_ms: int = 15 * 60 * 1000, today: Callable[[], date] = date.today):
        super().__init__(parent)
        self._entries = entries
        self._fallback = fallback
        self._today = today
        self.announced: set[tuple[str, str]] = set()
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable() and QApplication.instance() is not None:
            self.tray = QSystemTrayIcon(icon or QApplication.windowIcon(), self)
            self.tray.setToolTip("studio-dsar")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self, *, already_seen: bool = True) -> None:
        """Begin checking. With ``already_seen`` what is due now counts as announced (the
        start-up digest showed it), so only what becomes due later is notified."""
        if already_seen:
            _fresh, self.announced = newly_due(self._entries(), self.announced, self._today())
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check(self) -> list[tuple[str, str]]:
        fresh, self.announced = newly_due(self._entries(), self.announced, self._today())
        if not fresh:
            return []
        title = _("studio-dsar: a deadline needs attention")
        lines = []
        for reference, kind in fresh[:5]:
            lines.append({
                "overdue": _("{ref} is overdue.").format(ref=reference),
                "due": _("{ref} is due today or tomorrow.").format(ref=reference),
                "notice": _("{ref}: the extension notice must go out by tomorrow.").format(ref=reference),
            }[kind])
        if len(fresh) > 5:
            lines.append(ngettext("and {n} more", "and {n} more", len(fresh) - 5).format(n=len(fresh) - 5))
        text = "\n".join(lines)
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15000)
        elif self._fallback is not None:
            self._fallback(" ".join(lines))
        self.notified.emit(title, text)
        return fresh
