"""Small look-and-feel helpers shared by the window and the dialogs."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def muted_colour(widget: QWidget) -> QColor:
    """Secondary text: between the text and the background colour, still readable (a disabled
    look is too faint for text that matters, like the time of an audit entry)."""
    pal = widget.palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    back = pal.color(QPalette.ColorRole.Window)
    mix = 0.42
    return QColor(
        round(text.red() + (back.red() - text.red()) * mix),
        round(text.green() + (back.green() - text.green()) * mix),
        round(text.blue() + (back.blue() - text.blue()) * mix),
    )


W = TypeVar("W", bound=QWidget)


def muted(widget: W) -> W:
    pal = widget.palette()
    colour = muted_colour(widget)
    pal.setColor(QPalette.ColorRole.WindowText, colour)
    pal.setColor(QPalette.ColorRole.Text, colour)
    widget.setPalette(pal)
    return widget
