"""The ID-check window: redact a scan, show only the redacted copy, compare it with the request,
let the owner decide, and destroy the copy.

The redaction runs off the GUI thread with progress and cancel; the original is crypto-shredded
as soon as the redacted copy exists. The owner sees the redacted pages large and zoomable, with
what was covered and what the app is unsure of marked on the image, and can draw extra black
boxes (undo with Ctrl+Z). Closing the window in any way other than "Record decision" keeps
nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPen, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studio_dsar.core import idcheck, identity, keys, vocab
from studio_dsar.core.errors import DsarError
from studio_dsar.core.i18n import _, ngettext
from studio_dsar.core.studio import Studio

from . import dialogs, tasks
from .labels import clean
from .widgets import plain_label

ID_SUFFIXES = vocab.SCAN_SUFFIXES
_WARN_STYLE = ("color: #664d03; background: #fff3cd; border: 1px solid #e6c96b; border-radius: 4px; padding: 6px;")
_BAD_STYLE = ("color: #842029; background: #f8d7da; border: 1px solid #f5c2c7; border-radius: 4px; padding: 6px;")
_VERDICT_COLOURS = {"match": "#146c43", "mismatch": "#b02a37", "unknown": "#6c757d"}
_VERDICT_SIGNS = {"match": "✔", "mismatch": "✘", "unknown": "?"}


def is_id_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in ID_SUFFIXES


def category_label(code: str) -> str:
    return vocab.word(vocab.FINDING_WORDS, code)


def ask_passphrase(parent, title: str, text: str, *, confirm: bool = False) -> str | None:
    """The passphrase typed (twice when ``confirm``), or None when cancelled. A test seam."""
    from PySide6.QtWidgets import QInputDialog

    first, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    if not ok:
        return None
    if confirm:
        again, ok = QInputDialog.getText(parent, title, _("Repeat the passphrase:"), QLineEdit.EchoMode.Password)
        if not ok:
            return None
        if again != first:
            dialogs.show_message(parent, "warning", title, _("The passphrases differ."))
            return ask_passphrase(parent, title, text, confirm=True)
    return first


def confirm(parent, title: str, text: str, ok_text: str) -> bool:
    """A plain-text yes/no question. A test seam."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    return box.clickedButton() is yes


def ask_mail_path(parent) -> str | None:
    """The mail file chosen by the owner, or None. A test seam."""
    from PySide6.QtWidgets import QFileDialog

    path, _filter = QFileDialog.getOpenFileName(
        parent, _("Where is the mail of this request?"), str(Path.home()), _("E-mail (*.eml *.msg);;All files (*)"))
    return path or None


def ask_choice(parent, title: str, text: str, items: list[str]) -> int | None:
    """The index of the item chosen, or None. A test seam."""
    from PySide6.QtWidgets import QInputDialog

    item, ok = QInputDialog.getItem(parent, title, text, items, 0, False)
    return items.index(item) if ok and item in items else None


def pick_mail_scan(parent, studio: Studio, reference: str) -> tuple[bytes, str, None] | None:
    """Read the request's mail (asking where it is when it moved) and let the owner pick the
    attachment: ``(bytes, extension, None)`` for :class:`IdCheckDialog`, or None."""
    from studio_dsar.core.errors import NotFoundError

    title = _("Check ID from the mail")
    path = None
    while True:
        try:
            scans = studio.mail_id_scans(reference, path)
            break
        except NotFoundError as exc:
            dialogs.show_message(parent, "info", title, str(exc))
            path = ask_mail_path(parent)
            if not path:
                return None
        except DsarError as exc:
            dialogs.show_message(parent, "warning", title, str(exc))
            return None
    if not scans:
        dialogs.show_message(parent, "info", title, _("The mail has no image or PDF attachment."))
        return None
    index = 0
    if len(scans) > 1:
        chosen = ask_choice(parent, title, _("Which attachment is the ID document?"), [clean(s.name) for s in scans])
        if chosen is None:
            return None
        index = chosen
    return (scans[index].data, scans[index].extension, None)


def install_housekeeping(window, interval_ms: int = 60 * 60 * 1000) -> None:
    """At start-up and then hourly: wipe originals an interrupted check left behind and kept copies
    past their end date; tell the owner when something was wiped."""
    from PySide6.QtCore import QTimer

    def run(first: bool) -> None:
        try:
            cleanup = window.studio.id_housekeeping()
        except DsarError:
            return
        message = cleanup.message()
        if message:
            window.statusBar().showMessage(message, 15000)
            if first and cleanup.originals_wiped:
                QTimer.singleShot(0, lambda: dialogs.show_message(window, "info", _("Check ID document"), message))

    run(True)
    timer = QTimer(window)
    timer.setInterval(interval_ms)
    timer.timeout.connect(lambda: run(False))
    timer.start()
    window._id_housekeeping_timer = timer


def ensure_vault_unlocked(parent) -> bool:
    """Ask for the vault passphrase once per session when there is no secure keychain."""
    if not keys.needs_passphrase():
        return True
    new = keys.is_new()
    while True:
        text = _("No secure system keychain is available, so ID documents are protected with a passphrase. "
                 "Choose one (at least {n} characters); without it nothing stored can be opened.").format(
            n=keys.MIN_PASSPHRASE) if new else _("Enter the vault passphrase (asked once per session).")
        passphrase = ask_passphrase(parent, _("Vault passphrase"), text, confirm=new)
        if passphrase is None:
            return False
        try:
            keys.unlock(passphrase)
            return True
        except DsarError as exc:
            dialogs.show_message(parent, "warning", _("Vault passphrase"), str(exc))


class WrappedCheck(QWidget):
    """A check box whose text wraps (a QCheckBox keeps its text on one line and widens the pane)."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox()
        self.box.setAccessibleName(text)
        self.label = plain_label(text)
        self.label.mousePressEvent = self._label_clicked  # type: ignore[method-assign]
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)

    def _label_clicked(self, _event: object) -> None:
        if self.box.isEnabled():
            self.box.toggle()

    def setEnabled(self, on: bool) -> None:
        super().setEnabled(on)
        self.box.setEnabled(on)


def _redact_job(db_path, reference: str, data: bytes, ext: str, birth_date):
    def job(progress):
        with Studio.open(db_path) as studio:  # a connection of the worker thread's own
            return studio.start_id_check(reference, data, ext, birth_date=birth_date, progress=progress)
    return job


# ------------------------------------------------------------------------------------ the viewer
class PageView(QGraphicsView):
    """The redacted pages, one under the other, labelled; zoom with Ctrl+wheel or the buttons;
    drag to draw an extra black box."""

    box_drawn = Signal(int, tuple)   # page index, (x0, y0, x1, y1) relative to the page

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#5a5a5a"))
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.pages: list[tuple[QRectF, int]] = []   # scene rect of each page, index
        self.box_items: list[tuple[int, QGraphicsRectItem]] = []
        self._origin: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        self.zoom = 1.0

    def set_pages(self, pngs: list[bytes], labels: list[str]) -> None:
        scene = self.scene()
        scene.clear()
        self.pages.clear()
        self.box_items.clear()
        y = 0.0
        font = QFont()
        font.setPointSize(14)
        font.setBold(True)
        for i, (png, label) in enumerate(zip(pngs, labels, strict=False)):
            text = scene.addSimpleText(label, font)
            text.setBrush(QBrush(QColor("white")))
            text.setPos(0, y)
            y += text.boundingRect().height() + 8
            pix = QPixmap()
            pix.loadFromData(png, "PNG")
            item = scene.addPixmap(pix)
            item.setPos(0, y)
            self.pages.append((QRectF(0, y, pix.width(), pix.height()), i))
            y += pix.height() + 40
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def mark(self, page: int, polygon, kind: str, size: tuple[int, int]) -> None:
        """Outline a region given in the page's own pixels (``size`` = page width, height)."""
        rect, _i = self.pages[page]
        sx, sy = rect.width() / max(size[0], 1), rect.height() / max(size[1], 1)
        poly = QPolygonF([QPointF(rect.x() + x * sx, rect.y() + y * sy) for x, y in polygon])
        colour = QColor("#fd7e14") if kind == "doubt" else QColor("#20c997")
        pen = QPen(colour, 4 if kind == "doubt" else 2)
        if kind == "doubt":
            pen.setStyle(Qt.PenStyle.DashLine)
        item = self.scene().addPolygon(poly, pen)
        item.setToolTip(_("The app is not sure about this area: look closely") if kind == "doubt"
                        else _("Blacked out by the app"))
        item.setData(0, kind)

    def fit_width(self) -> None:
        if not self.pages:
            return
        width = max(r.width() for r, _i in self.pages) + 40
        self.zoom = max(0.05, (self.viewport().width() - self.verticalScrollBar().sizeHint().width() - 4) / width)
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def fit_page(self) -> None:
        """The first page whole in the window (the default view)."""
        if not self.pages:
            return
        rect, _i = self.pages[0]
        vp = self.viewport()
        self.zoom = max(0.05, min((vp.width() - 24) / (rect.width() + 40), (vp.height() - 24) / (rect.height() + 40)))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)
        self.centerOn(rect.center())

    def zoom_by(self, factor: float) -> None:
        self.zoom = max(0.05, min(8.0, self.zoom * factor))
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def _page_at(self, p: QPointF) -> tuple[QRectF, int] | None:
        return next(((r, i) for r, i in self.pages if r.contains(p)), None)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            p = self.mapToScene(event.position().toPoint())
            if self._page_at(p):
                self._origin = p
                self._rubber = self.scene().addRect(QRectF(p, p), QPen(QColor("#0d6efd"), 2),
                                                    QBrush(QColor(0, 0, 0, 160)))
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._origin is not None and self._rubber is not None:
            p = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._origin, p).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._origin is not None and self._rubber is not None:
            rect = self._rubber.rect()
            self.scene().removeItem(self._rubber)
            origin, self._origin, self._rubber = self._origin, None, None
            self.draw_box_scene(origin, rect)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def draw_box_scene(self, origin: QPointF, rect: QRectF) -> None:
        hit = self._page_at(origin)
        if hit is None or rect.width() < 3 or rect.height() < 3:
            return
        page_rect, index = hit
        rect = rect.intersected(page_rect)
        rel = ((rect.left() - page_rect.left()) / page_rect.width(), (rect.top() - page_rect.top()) / page_rect.height(),
               (rect.right() - page_rect.left()) / page_rect.width(),
               (rect.bottom() - page_rect.top()) / page_rect.height())
        self.add_box_item(index, rel)
        self.box_drawn.emit(index, rel)

    def add_box_item(self, page: int, rel: tuple[float, float, float, float]) -> None:
        page_rect, _i = self.pages[page]
        x0, y0, x1, y1 = rel
        r = QRectF(page_rect.left() + x0 * page_rect.width(), page_rect.top() + y0 * page_rect.height(),
                   (x1 - x0) * page_rect.width(), (y1 - y0) * page_rect.height())
        item = self.scene().addRect(r, QPen(QColor("#0d6efd"), 2), QBrush(QColor("black")))
        item.setToolTip(_("Your black box (Ctrl+Z to undo)"))
        self.box_items.append((page, item))

    def remove_last_box(self) -> None:
        if self.box_items:
            _page, item = self.box_items.pop()
            self.scene().removeItem(item)


# ------------------------------------------------------------------------------------ the dialog
class IdCheckDialog(QDialog):
    """``source`` is a path (drop, file dialog) or ``(bytes, extension, None)`` from a mail attachment."""

    def __init__(self, studio, reference: str, source, parent=None):
        super().__init__(parent)
        self.studio = studio if isinstance(studio, Studio) else Studio(studio)
        self.store = self.studio.store
        self.reference = reference
        self.request = self.studio.request(reference)
        self.check: idcheck.PendingCheck | None = None
        self._handle: tasks.TaskHandle | None = None
        self._closed = False
        if isinstance(source, tuple):
            self.source: Path | None = None
            data, ext = source[0], source[1]
        else:
            self.source = Path(source)
            data, ext = None, self.source.suffix.lower()
        self.setWindowTitle(_("Check ID document — {ref}").format(ref=reference))
        self.resize(1280, 860)

        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(
            _("You only ever see the redacted copy: the app blacked out the portraits, the machine-readable "
              "zone, the document number and the BSN or national register number, and has already wiped "
              "the original. Green outlines show what was covered, orange dashed ones what the app is "
              "unsure of. Drag on the image to black out anything it missed.")))
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

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        self.zoom_in_button = QPushButton(_("Zoom in"))
        self.zoom_out_button = QPushButton(_("Zoom out"))
        self.fit_button = QPushButton(_("Fit width"))
        self.page_button = QPushButton(_("Whole page"))
        self.undo_button = QPushButton(_("Undo box"))
        self.undo_button.setToolTip(_("Remove the last black box you drew (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        for b in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.page_button, self.undo_button):
            b.setEnabled(False)
            tools.addWidget(b)
        tools.addStretch(1)
        self.box_count_label = plain_label(wrap=False)
        tools.addWidget(self.box_count_label)
        lv.addLayout(tools)
        self.view = PageView()
        self.view.box_drawn.connect(self._box_drawn)
        lv.addWidget(self.view, 1)
        split.addWidget(left)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom_by(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom_by(0.8))
        self.fit_button.clicked.connect(self.view.fit_width)
        self.page_button.clicked.connect(self.view.fit_page)
        self.undo_button.clicked.connect(self.undo_box)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self, self.undo_box)
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn), self, lambda: self.view.zoom_by(1.25))
        QShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut), self, lambda: self.view.zoom_by(0.8))

        side_host = QWidget()
        side = QVBoxLayout(side_host)
        self.summary_label = plain_label()
        side.addWidget(self.summary_label)
        self.review_label = plain_label()
        self.review_label.setStyleSheet(_WARN_STYLE)
        self.review_label.hide()
        side.addWidget(self.review_label)

        compare_box = QGroupBox(_("Compare with the request"))
        form = QFormLayout(compare_box)
        name = self.request.requester_name or self.request.requester_email or reference
        self.name_verdict = plain_label()
        form.addRow(_("Name ({name}):").format(name=clean(name)), self.name_verdict)
        self.birth_edit = QLineEdit()
        self.birth_edit.setPlaceholderText(_("YYYY-MM-DD"))
        self.birth_edit.setToolTip(_("The date of birth you know for this person; it is compared, not stored"))
        self.birth_edit.editingFinished.connect(self._recompare)
        form.addRow(_("Date of birth you know:"), self.birth_edit)
        self.dob_verdict = plain_label()
        form.addRow(_("Date of birth:"), self.dob_verdict)
        self.expiry_label = plain_label()
        form.addRow(_("Valid:"), self.expiry_label)
        self.document_label = plain_label()
        form.addRow(_("Document:"), self.document_label)
        side.addWidget(compare_box)
        self.other_side_label = plain_label(_("No name was found on this document side. Ask the person for the "
                                              "other side (for example the front of a Belgian eID)."))
        self.other_side_label.setStyleSheet(_WARN_STYLE)
        self.other_side_label.hide()
        side.addWidget(self.other_side_label)

        decide_box = QGroupBox(_("Your decision"))
        dv = QVBoxLayout(decide_box)
        self.decision_group = QButtonGroup(self)
        self.decision_buttons: dict[str, QRadioButton] = {}
        for code in idcheck.DECISIONS:
            rb = QRadioButton(vocab.word(vocab.ID_DECISION_WORDS, code))
            self.decision_group.addButton(rb)
            self.decision_buttons[code] = rb
            dv.addWidget(rb)
            rb.toggled.connect(self._update_buttons)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(_("Why you accept a document that does not match"))
        self.reason_edit.textChanged.connect(self._update_buttons)
        self.reason_edit.hide()
        dv.addWidget(self.reason_edit)
        self.mismatch_label = plain_label()
        self.mismatch_label.setStyleSheet(_BAD_STYLE)
        self.mismatch_label.hide()
        dv.addWidget(self.mismatch_label)
        side.addWidget(decide_box)

        keep_box = QGroupBox(_("The redacted copy"))
        kv = QVBoxLayout(keep_box)
        kv.addWidget(plain_label(_("By default nothing is kept: the proof records only how you checked and what "
                                   "matched. Keep the redacted copy only when you must, for a reason and until "
                                   "a date; it is wiped automatically after that.")))
        self._keep_row = WrappedCheck(_("Keep the redacted copy (encrypted)"))
        self.keep_box = self._keep_row.box
        self.keep_box.toggled.connect(self._update_buttons)
        kv.addWidget(self._keep_row)
        krow = QFormLayout()
        self.keep_until_edit = QDateEdit()
        self.keep_until_edit.setCalendarPopup(True)
        self.keep_until_edit.setDate(QDate.currentDate().addDays(30))
        self.keep_until_edit.setMinimumDate(QDate.currentDate().addDays(1))
        self.keep_until_edit.setMaximumDate(QDate.currentDate().addDays(idcheck.MAX_KEEP_DAYS))
        self.keep_reason_edit = QLineEdit()
        self.keep_reason_edit.setPlaceholderText(_("Why it must be kept"))
        self.keep_reason_edit.textChanged.connect(self._update_buttons)
        krow.addRow(_("Until:"), self.keep_until_edit)
        krow.addRow(_("Reason:"), self.keep_reason_edit)
        kv.addLayout(krow)
        self._reviewed_row = WrappedCheck(_("I checked that every number, the MRZ and the portraits are covered"))
        self.reviewed_box = self._reviewed_row.box
        self.reviewed_box.toggled.connect(self._update_buttons)
        kv.addWidget(self._reviewed_row)
        side.addWidget(keep_box)

        self._wipe_row = WrappedCheck(_("Also wipe the file I chose from this computer"))
        self.wipe_source_box = self._wipe_row.box
        self._wipe_row.setToolTip(_("Overwrites and deletes the scan; the copy in your mail program and on the "
                                    "mail server stays"))
        self._wipe_row.setVisible(self.source is not None)
        side.addWidget(self._wipe_row)
        side.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side_host)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(460)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([820, 460])
        layout.addWidget(split, 1)
        self._side_widgets = [compare_box, decide_box, keep_box, self._wipe_row]
        for w in self._side_widgets:
            w.setEnabled(False)
        self._set_keep_fields()

        self.buttons = QDialogButtonBox()
        self.decide_button = self.buttons.addButton(_("Record decision"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self.buttons.addButton(_("Cancel, keep nothing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.decide_button.setEnabled(False)
        self.decide_button.clicked.connect(self.record)
        self.discard_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)

        try:
            if data is None and self.source is not None:
                data, ext = idcheck.read_scan(self.source)
        except DsarError as exc:
            self._failed(exc)
            return
        self._handle = tasks.run_task_with_progress(
            _redact_job(self.studio.db_path, reference, data, ext, None),
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
            self.studio.discard_id_check(check)
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
            self.progress_text.setText(_("Redacted. Look at the copy before you decide."))
        self._show_pages()
        for b in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.page_button):
            b.setEnabled(True)
        for w in self._side_widgets:
            w.setEnabled(True)
        self._show_comparison()
        self._update_buttons()

    def _show_pages(self) -> None:
        check = self.check
        assert check is not None
        pngs = check.preview_pages()
        n = len(pngs)
        labels = [_("Page {i} of {n}").format(i=i + 1, n=n) for i in range(n)]
        self.view.set_pages(pngs, labels)
        sizes = {p["index"]: (p["width"], p["height"]) for p in check.result.pages}
        for page, kind, poly in check.flagged_regions():
            if page < n and page in sizes:
                self.view.mark(page, poly, kind, sizes[page])
        for page, boxes in check.boxes.items():
            for rel in boxes:
                self.view.add_box_item(page, rel)
        self.view.fit_page()

    def _show_comparison(self) -> None:
        assert self.check is not None
        c = self.check.comparison

        def verdict(label: QLabel, v: str) -> None:
            label.setText(f"{_VERDICT_SIGNS[v]} {vocab.word(vocab.ID_VERDICT_WORDS, v)}")
            label.setStyleSheet(f"color: {_VERDICT_COLOURS[v]}; font-weight: bold;")

        verdict(self.name_verdict, c.name)
        verdict(self.dob_verdict, c.birth_date)
        if c.birth_date == identity.UNKNOWN and c.birth_date_read:
            self.dob_verdict.setText(_("read from the document: type the date you know to compare"))
            self.dob_verdict.setStyleSheet("color: #6c757d;")
        if c.expired is None or c.expiry_date is None:
            self.expiry_label.setText(_("expiry date not read"))
            self.expiry_label.setStyleSheet("")
        elif c.expired:
            self.expiry_label.setText(_("✘ expired on {date}").format(date=c.expiry_date.strftime("%d-%m-%Y")))
            self.expiry_label.setStyleSheet(f"color: {_VERDICT_COLOURS['mismatch']}; font-weight: bold;")
        else:
            self.expiry_label.setText(_("✔ valid until {date}").format(date=c.expiry_date.strftime("%d-%m-%Y")))
            self.expiry_label.setStyleSheet(f"color: {_VERDICT_COLOURS['match']};")
        doc = vocab.word(vocab.ID_DOCUMENT_WORDS, c.document_type) if c.document_type else _("type not read")
        self.document_label.setText(f"{doc}, {c.issuing_country}" if c.issuing_country else doc)
        self.other_side_label.setVisible(c.needs_other_side)
        if c.has_mismatch:
            fields = vocab.words(vocab.ID_FIELD_WORDS, [f for f in ("name", "birth_date")
                                                        if getattr(c, f) == identity.MISMATCH])
            self.mismatch_label.setText(_("Does not match the request: {fields}. “Identity verified” needs a "
                                          "reason.").format(fields=fields))
        self.mismatch_label.setVisible(c.has_mismatch)

    def _recompare(self) -> None:
        if self.check is None:
            return
        text = self.birth_edit.text().strip()
        born = None
        if text:
            for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%Y"):
                try:
                    born = datetime.strptime(text, fmt).date()
                    break
                except ValueError:
                    continue
            if born is None:
                self.dob_verdict.setText(_("Type the date as YYYY-MM-DD or DD-MM-YYYY."))
                return
        self.studio.recompare_id_check(self.check, born)
        self._show_comparison()
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
        self.progress_text.setStyleSheet(_BAD_STYLE)
        self.discard_button.setText(_("Close"))
        if not self._closed:
            dialogs.show_message(self, "warning", _("Check ID document"), text)

    # -- boxes -------------------------------------------------------------------------------
    def _box_drawn(self, page: int, rel: tuple) -> None:
        if self.check is None:
            return
        self.check.add_box(page, rel)
        self._boxes_changed()

    def undo_box(self) -> None:
        if self.check is None or not self.view.box_items:
            return
        page, _item = self.view.box_items[-1]
        self.check.undo_box(page)
        self.view.remove_last_box()
        self._boxes_changed()

    def _boxes_changed(self) -> None:
        n = self.check.box_count if self.check else 0
        self.undo_button.setEnabled(n > 0)
        self.box_count_label.setText(ngettext("{n} box of your own", "{n} boxes of your own", n).format(n=n)
                                     if n else "")

    # -- deciding ------------------------------------------------------------------------------
    def decision(self) -> str | None:
        return next((code for code, rb in self.decision_buttons.items() if rb.isChecked()), None)

    def _set_keep_fields(self) -> None:
        on = self.keep_box.isChecked()
        for w in (self.keep_until_edit, self.keep_reason_edit, self._reviewed_row):
            w.setEnabled(on)

    def _update_buttons(self) -> None:
        self._set_keep_fields()
        decision = self.decision()
        c = self.check.comparison if self.check else None
        mismatch_override = bool(c and c.has_mismatch and decision == "verified")
        self.reason_edit.setVisible(mismatch_override)
        self._keep_row.setEnabled(decision == "verified")
        if decision != "verified" and self.keep_box.isChecked():
            self.keep_box.setChecked(False)
        ready = self.check is not None and decision is not None
        if mismatch_override and not self.reason_edit.text().strip():
            ready = False
        if self.keep_box.isChecked() and (not self.keep_reason_edit.text().strip() or not self.reviewed_box.isChecked()):
            ready = False
        self.decide_button.setEnabled(ready)

    def record(self) -> None:
        decision = self.decision()
        if self.check is None or decision is None:
            return
        keep_until = None
        if self.keep_box.isChecked():
            q = self.keep_until_edit.date()
            keep_until = date(q.year(), q.month(), q.day())
        wipe_source = self.source is not None and self.wipe_source_box.isChecked()
        told = False
        if wipe_source:
            told = confirm(
                self, _("Wipe the file"),
                _("The scan will be overwritten and deleted from this computer. Your mail program and your mail "
                  "server still hold the attachment: delete the mail there too."),
                _("Wipe the file"))
            if not told:
                return
        try:
            self.studio.decide_id_check(self.check, decision, reviewed=self.reviewed_box.isChecked(),
                           reason=self.reason_edit.text(), keep_until=keep_until,
                           keep_reason=self.keep_reason_edit.text())
        except DsarError as exc:
            dialogs.show_message(self, "warning", _("Check ID document"), str(exc))
            return
        if wipe_source and self.source is not None:
            try:
                self.studio.wipe_id_source(self.check, self.source, told_mail_copies=told)
            except OSError as exc:
                dialogs.show_message(self, "warning", _("Check ID document"),
                                     _("The file could not be wiped ({error}).").format(error=type(exc).__name__))
        self.accept()

    def reject(self) -> None:
        self._closed = True
        if self._handle is not None:
            self._handle.cancel()
        if self.check is not None and not self.check.finished:
            self.studio.discard_id_check(self.check)
        super().reject()

    def closeEvent(self, event) -> None:
        self.reject()
        super().closeEvent(event)

