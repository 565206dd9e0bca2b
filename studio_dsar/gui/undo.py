"""Undo (Ctrl+Z) and redo for the owner's changes to the register.

Each change is done first, through the core, so a refusal is shown before anything is
recorded; only then is a :class:`Change` pushed, holding how to undo and redo it. Undoing is
itself a change in the register, audited like any other (the audit log is append-only: an
undo never erases what happened, it records the way back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from studio_dsar.core.errors import DsarError

log = logging.getLogger(__name__)


class Change(QUndoCommand):
    def __init__(self, text: str, reference: str | None, undo: Callable[[], object],
                 redo: Callable[[], object], after: Callable[[str | None], None],
                 on_error: Callable[[BaseException], None]):
        super().__init__(text)
        self.reference = reference
        self._undo, self._redo = undo, redo
        self._after, self._on_error = after, on_error
        self._done_already = True  # the change itself happened before the push

    def _run(self, func: Callable[[], object]) -> None:
        try:
            func()
        except DsarError as exc:
            # The register moved on in a way that makes this step impossible: drop it.
            self.setObsolete(True)
            self._on_error(exc)
        try:
            self._after(self.reference)
        except Exception:
            log.exception("refreshing the window after undo/redo failed")

    def undo(self) -> None:
        self._run(self._undo)

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._run(self._redo)


class History(QUndoStack):
    """The window's undo stack, with the callbacks every change shares."""

    def __init__(self, after: Callable[[str | None], None], on_error: Callable[[BaseException], None], parent=None):
        super().__init__(parent)
        self._after = after
        self._on_error = on_error
        self.setUndoLimit(50)

    def record(self, text: str, reference: str | None, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.push(Change(text, reference, undo, redo, self._after, self._on_error))
