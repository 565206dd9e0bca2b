"""The window's widget kit: plain-text labels, banners, the notes field, the empty-state
hint and the drop overlay. (The detail pane lives in :mod:`studio_dsar.gui.detail_pane`.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core.i18n import _

from .style import muted

# Banner colours: background, text. Every kind has its own; a warning is never green.
BANNER_COLOURS = {
    "overdue": ("#f8d7da", "#842029"),
    "error": ("#f8d7da", "#842029"),
    "soon": ("#fff3cd", "#664d03"),
    "warning": ("#fff3cd", "#664d03"),
    "info": ("#e7f1ff", "#084298"),
    "ok": ("#e6f4ea", "#1e5631"),
}


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A QLabel that never interprets markup (text may come from a mail)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def human_size(size: int | None) -> str:
    if size is None:
        return ""
    if size < 1024:
        return _("{n} bytes").format(n=size)
    if size < 1024 * 1024:
        return _("{n} kB").format(n=round(size / 1024))
    return _("{n} MB").format(n=f"{size / (1024 * 1024):.1f}")


def clear_layout(layout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.deleteLater()
        elif item.layout() is not None:
            clear_layout(item.layout())


class Banner(QFrame):
    """A coloured strip with an icon and plain text (warnings, deadline state)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(8)
        self.icon = QLabel()
        self.icon.setFixedSize(16, 16)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.text = plain_label()
        layout.addWidget(self.text, 1)

    def show_message(self, text: str, kind: str) -> None:
        """``kind``: 'overdue'/'error' (red), 'soon'/'warning' (amber), 'info' (blue), 'ok' (green)."""
        bg, fg = BANNER_COLOURS.get(kind, BANNER_COLOURS["warning"])
        self.setStyleSheet(
            f"QFrame#banner {{ background: {bg}; border: 1px solid {QColor(bg).darker(115).name()};"
            f" border-radius: 4px; }} QFrame#banner QLabel {{ color: {fg}; background: transparent; }}"
        )
        pixmap = {
            "overdue": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
            "soon": QStyle.StandardPixmap.SP_MessageBoxWarning,
            "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
        }.get(kind, QStyle.StandardPixmap.SP_MessageBoxInformation)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(16, 16))
        self.kind = kind
        self.text.setText(text)
        self.show()


class NotesEdit(QPlainTextEdit):
    """Notes field that reports losing focus, so notes are saved without a button press."""

    focus_lost = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focus_lost.emit()


class EmptyHint(QWidget):
    """Centred hint over the table's viewport when no row is shown."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.icon = QLabel()
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.icon)
        self.title = plain_label()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.subtitle = plain_label()
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.subtitle)
        layout.addWidget(self.subtitle)
        layout.addStretch(1)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def set_text(self, title: str, subtitle: str, pixmap: QStyle.StandardPixmap) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(48, 48))

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and isinstance(obj, QWidget) and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False


class DropOverlay(QWidget):
    """Shown over the window while e-mail files are dragged over it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.text = _("Drop to import the e-mail")
        self.refused = False
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.parent() and isinstance(obj, QWidget) and event.type() == QEvent.Type.Resize:
            self.setGeometry(obj.rect())
        return False

    def show_over_parent(self, count_or_text: int | str, *, refused: bool = False) -> None:
        """Show over the whole window with a number of mails or any text; ``refused`` draws it
        as a drop that will not be taken (e.g. a scan while no request is selected)."""
        from studio_dsar.core.i18n import ngettext

        if isinstance(count_or_text, int):
            self.text = ngettext("Drop to import {n} e-mail", "Drop to import {n} e-mails",
                                 count_or_text).format(n=count_or_text)
        else:
            self.text = count_or_text
        self.refused = refused
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = (QColor("#b02a37") if self.refused
                     else self.palette().color(QPalette.ColorRole.Highlight))
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.fillRect(self.rect(), QColor(255, 255, 255, 170))
        rect = QRectF(self.rect()).adjusted(16, 16, -16, -16)
        painter.setBrush(fill)
        pen = QPen(highlight, 3, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 12, 12)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(highlight.darker(140))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.end()


def spacer(width: int = 0) -> QWidget:
    w = QWidget()
    w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    if width:
        w.setMinimumWidth(width)
    return w
