"""The main window: table order and colours, filter/search, status changes, new request,
import by drop, CSV export, window state. Offscreen, with a synchronous task runner."""

from __future__ import annotations

import csv
from datetime import timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from studio_dsar.core import deadlines
from studio_dsar.gui import dialogs, tasks
from studio_dsar.gui.main_window import MainWindow
from studio_dsar.gui.models import (
    COLOURS,
    DAYS_LEFT,
    REFERENCE,
    REQUEST_ROLE,
    URGENCY_ROLE,
)
from studio_dsar.core.deadlines import studio_today

TODAY = studio_today()
pytestmark = pytest.mark.usefixtures("sync_tasks")


@pytest.fixture
def messages(monkeypatch):
    """Every message box the window would show, as (kind, title, text)."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, kind, title, text, details=None: shown.append((kind, title, text)))
    return shown


def add(store, name, days_ago, *, email=None, status=None, rights=("access",), **kw):
    req = store.create_request(
        requester_name=name, requester_email=email or f"{name.split()[0].lower()}@example.nl",
        rights=list(rights), received_at=TODAY - timedelta(days=days_ago), **kw)
    if status:
        store.set_status(req.reference, status, reason="Unfounded" if status == "refused" else None)
    return req


@pytest.fixture(autouse=True)
def reviewed(monkeypatch):
    """The import review as an owner who accepts what was read; the lists it was shown."""
    from studio_dsar.gui import import_review

    shown: list[list] = []

    def accept_as_read(parent, items):
        shown.append(items)
        return [i for i in items if i.log and i.record is not None and not i.duplicate_of]

    monkeypatch.setattr(import_review, "review_import", accept_as_read)
    return shown


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    return win


def shown_references(win) -> list[str]:
    proxy = win.proxy
    return [proxy.index(r, REFERENCE).data(REQUEST_ROLE).reference for r in range(proxy.rowCount())]


def row_of(win, reference: str) -> int:
    return shown_references(win).index(reference)


# -- table --------------------------------------------------------------------------------
def test_table_sorted_by_days_left_with_deadline_colours(qtbot, store):
    ok = add(store, "Olga Ok", 2)
    closed = add(store, "Carl Closed", 60, status="answered")
    overdue = add(store, "Otto Overdue", 40)
    soon = add(store, "Sara Soon", 24)  # promise of 28 days: 4 days left
    win = MainWindow(store)
    qtbot.addWidget(win)

    assert shown_references(win) == [overdue.reference, soon.reference, ok.reference, closed.reference]
    proxy = win.proxy
    roles = {}
    for r in range(proxy.rowCount()):
        idx = proxy.index(r, DAYS_LEFT)
        roles[idx.data(REQUEST_ROLE).reference] = (
            idx.data(URGENCY_ROLE), idx.data(Qt.ItemDataRole.BackgroundRole),
            idx.data(Qt.ItemDataRole.ForegroundRole), proxy.index(r, REFERENCE).data(Qt.ItemDataRole.DecorationRole))
    assert roles[overdue.reference][0] == "overdue"
    assert roles[overdue.reference][1].color() == QColor(COLOURS["overdue"][0])
    assert roles[overdue.reference][2].color() == QColor(COLOURS["overdue"][1])
    assert roles[soon.reference][0] == "soon"
    assert roles[soon.reference][1].color() == QColor(COLOURS["soon"][0])
    assert roles[ok.reference][0] == "ok" and roles[ok.reference][1] is None
    assert roles[closed.reference][0] == "closed"
    # Not colour alone: every row has a dot, and the text says how late it is.
    assert all(not v[3].isNull() for v in roles.values())
    overdue_text = proxy.index(0, DAYS_LEFT).data()
    assert "12" in overdue_text and overdue_text != proxy.index(1, DAYS_LEFT).data()
    from studio_dsar.core.i18n import ngettext

    assert ngettext("{n} overdue", "{n} overdue", 1).format(n=1) in win.status_counts.text()
    assert ngettext("{n} due within 7 days", "{n} due within 7 days", 1).format(n=1) in win.status_counts.text()


def test_due_date_is_the_earlier_of_law_and_promise_or_the_extension(window, store):
    req = add(store, "Eva Extended", 3)
    window.reload()
    idx = window.proxy.index(row_of(window, req.reference), 0)
    row = window.model.rows[window.proxy.mapToSource(idx).row()]
    dl = deadlines.compute(req.received_at, "NL")
    assert row.due == min(dl.legal_due, dl.promised_due)
    store.extend(req.reference, reason="Complex", country="NL")
    window.reload()
    row = window.model.rows[window.model.row_for_reference(req.reference)]
    assert row.due == dl.extended_due


def test_filter_open_closed_all_and_search(window, store):
    a = add(store, "Anna Open", 3, email="anna@studio-klant.nl")
    b = add(store, "Bram Closed", 30, status="answered")
    c = add(store, "Cor Open", 5, email="cor@elders.be")
    window.reload()
    window.set_filter("open")
    assert set(shown_references(window)) == {a.reference, c.reference}
    window.set_filter("closed")
    assert shown_references(window) == [b.reference]
    window.set_filter("all")
    assert len(shown_references(window)) == 3

    window.search.setText("ELDERS")  # e-mail, any case
    assert shown_references(window) == [c.reference]
    window.search.setText("anna")  # name
    assert shown_references(window) == [a.reference]
    window.search.setText("nobody")
    assert shown_references(window) == []
    assert window.empty_hint.isVisibleTo(window)
    window.search.clear()
    assert len(shown_references(window)) == 3
    assert not window.empty_hint.isVisibleTo(window)


def test_ctrl_f_focuses_search(qtbot, window):
    # Whether the offscreen platform makes the window active varies, so check the action that
    # Ctrl+F is bound to rather than the key press itself.
    window.show()
    window.table.setFocus()
    assert window.focusWidget() is not window.search
    assert window.find_action.shortcut().toString() == "Ctrl+F"
    window.find_action.trigger()
    assert window.focusWidget() is window.search


def test_shortcuts_and_delete_asks_for_a_reason_first(qtbot, window, store, monkeypatch):
    req = add(store, "Dirk Delete", 3)
    window.reload()
    shortcuts = {a.shortcut().toString() for a in window.findChildren(type(window.new_action))}
    assert {"Ctrl+N", "Ctrl+O", "Ctrl+F", "Ctrl+E", "Ctrl+Q", "Ctrl+Z", "Del"} <= shortcuts
    window.select_reference(req.reference)
    asked = []
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: asked.append(a) or None)  # cancelled
    window.delete_action.trigger()
    assert asked and store.get_request(req.reference).deleted_at is None
    assert window.proxy.rowCount() == 1


def test_empty_state_hint(window):
    assert window.model.rowCount() == 0
    assert window.empty_hint.isVisibleTo(window)
    assert window.empty_hint.title.text() == dialogs._("Drop an e-mail with a request here")


# -- detail pane and status -----------------------------------------------------------------
def test_selecting_shows_details_and_timeline(window, store):
    req = add(store, "Dana <b>Detail</b>\x07", 3, rights=("access", "erasure"),
              attachments=[{"filename": "id.jpg", "content_type": "image/jpeg", "size": 2048,
                            "is_id_document": True}])
    window.reload()
    assert window.select_reference(req.reference)
    pane = window.detail
    assert pane.reference == req.reference
    assert pane.title.text() == "Dana <b>Detail</b>"  # control character gone, markup shown as text
    assert pane.title.textFormat() == Qt.TextFormat.PlainText
    assert any("id.jpg" in w.text() for w in pane.mail_view.findChildren(type(pane.title)))
    assert pane.timeline.count() >= 2  # the 'created' entry: time and text


def test_refusing_requires_a_reason(window, store, monkeypatch, messages):
    req = add(store, "Rob Refuse", 3)
    window.reload()
    window.select_reference(req.reference)
    pane = window.detail
    refused = pane.status_combo.findData("refused")

    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: None)  # owner cancels
    pane.status_combo.setCurrentIndex(refused)
    pane.status_combo.activated.emit(refused)
    assert store.get_request(req.reference).status == "new"
    assert pane.status_combo.currentData() == "new"

    asked = []
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: asked.append(a) or "Manifestly unfounded")
    pane.status_combo.setCurrentIndex(refused)
    pane.status_combo.activated.emit(refused)
    after = store.get_request(req.reference)
    assert asked and after.status == "refused"
    assert after.refusal_reason == "Manifestly unfounded"
    assert any(e.event == "status_changed" and e.details.get("reason") == "Manifestly unfounded"
               for e in store.audit_entries(after.id))
    assert messages == []


def test_other_status_change_needs_no_reason(window, store, monkeypatch):
    req = add(store, "Ivo Progress", 3)
    window.reload()
    window.select_reference(req.reference)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: pytest.fail("no reason needed"))
    i = window.detail.status_combo.findData("in_progress")
    window.detail.status_combo.activated.emit(i)
    assert store.get_request(req.reference).status == "in_progress"
    assert window.proxy.index(0, 7).data() == window.detail.status_combo.itemText(i)


def test_extension_too_late_says_so_before_a_reason_is_typed(window, store, monkeypatch, messages):
    req = add(store, "Laat Laura", 60)
    window.reload()
    window.select_reference(req.reference)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: pytest.fail("no reason asked when too late"))
    window.detail.extend_button.click()
    assert not store.get_request(req.reference).extended
    legal = deadlines.legal_due(req.received_at, "NL")
    from studio_dsar.gui.labels import fmt_date_long

    assert len(messages) == 1 and messages[0][0] == "warning"
    assert fmt_date_long(legal) in messages[0][2]  # a long date, like the rest of the window


def test_extension_cannot_be_chosen_for_a_closed_request(window, store, monkeypatch, messages):
    req = add(store, "Closed Clara", 3, status="answered")
    window.reload()
    window.select_reference(req.reference)
    combo = window.detail.status_combo
    item = combo.model().item(combo.findData("extended"))
    assert not item.isEnabled()
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: pytest.fail("no extension dialog"))
    window.detail.change_status("extended")
    assert not store.get_request(req.reference).extended
    assert not window.extend_action.isEnabled()


def test_extension_in_time_shows_new_date_and_records_it(window, store, monkeypatch, messages):
    req = add(store, "Tijdig Tim", 5)
    window.reload()
    window.select_reference(req.reference)
    seen = {}

    def fake_reason(parent, title, prompt, info=None, ok_text=None):
        seen["info"] = info
        return "Complex request"

    monkeypatch.setattr(dialogs, "ask_reason", fake_reason)
    window.detail.extend_button.click()
    after = store.get_request(req.reference)
    assert after.extended and after.status == "extended" and messages == []
    extended = deadlines.extended_due(req.received_at, "NL")
    from studio_dsar.gui.labels import fmt_date_long

    assert fmt_date_long(extended) in seen["info"]
    assert not window.detail.extend_button.isEnabled()


def test_notes_saved_with_button_and_on_focus_out(window, store):
    req = add(store, "Nina Notes", 3)
    window.reload()
    window.select_reference(req.reference)
    pane = window.detail
    pane.notes.setPlainText("Called back on Tuesday")
    assert pane.notes_button.isEnabled()
    pane.notes_button.click()
    assert store.get_request(req.reference).notes == "Called back on Tuesday"
    pane.notes.setPlainText("Second note")
    pane.notes.focus_lost.emit()
    assert store.get_request(req.reference).notes == "Second note"
    assert sum(e.event == "edited" for e in store.audit_entries(req.id)) == 2


# -- new request ---------------------------------------------------------------------------
def test_new_request_dialog_creates_request(qtbot, store):
    dialog = dialogs.NewRequestDialog(store)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name.setText("Pim Phone")
    assert not ok.isEnabled()  # no right ticked yet
    dialog.rights["erasure"].setChecked(True)
    dialog.rights["objection"].setChecked(True)
    assert ok.isEnabled()
    dialog.email.setText("pim at example")
    assert not ok.isEnabled() and dialog.email_hint.isVisibleTo(dialog)
    dialog.email.setText("pim@example.nl")
    assert ok.isEnabled()
    dialog.channel.setCurrentIndex(dialog.channel.findData("letter"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.received.date().toPython() == TODAY
    dialog.received.setDate(dialog.received.date().addDays(-3))
    ok.click()
    assert dialog.created is not None
    req = store.get_request(dialog.created.reference)
    assert (req.requester_name, req.requester_email, req.rights, req.channel, req.language) == (
        "Pim Phone", "pim@example.nl", ["erasure", "objection"], "letter", "en")
    assert deadlines.receipt_date(req.received_at) == TODAY - timedelta(days=3)


def test_new_request_from_window_selects_it(window, store, monkeypatch):
    def fake_exec(self):
        self.name.setText("Wout Window")
        self.rights["access"].setChecked(True)
        self.accept()
        return 1

    monkeypatch.setattr(dialogs.NewRequestDialog, "exec", fake_exec)
    window.new_action.trigger()
    assert window.proxy.rowCount() == 1
    assert window.detail.title.text() == "Wout Window"


# -- import --------------------------------------------------------------------------------
REQUEST_EML = """From: Jan Jansen <jan.jansen@example.nl>
To: info@studio.example
Subject: Inzageverzoek AVG
Date: Mon, 16 Nov 2026 10:00:00 +0100
Message-ID: <req1@example.nl>
Content-Type: text/plain; charset=utf-8

Beste,

Op grond van artikel 15 AVG verzoek ik u om inzage in alle persoonsgegevens die u van mij verwerkt.

Met vriendelijke groet,
Jan Jansen
"""

OTHER_EML = """From: Klant <klant@example.nl>
To: info@studio.example
Subject: Offerte bruiloft
Date: Mon, 16 Nov 2026 11:00:00 +0100
Message-ID: <other1@example.nl>
Content-Type: text/plain; charset=utf-8

Hallo, wat kost een fotoshoot voor onze bruiloft in juni? Groet, Klant
"""

NODATE_EML = """From: Eva Smit <eva@example.org>
To: info@studio.example
Subject: Please delete my data
Message-ID: <nodate1@example.org>
Content-Type: text/plain; charset=utf-8

Hello, under Article 17 GDPR I ask you to erase all my personal data. Kind regards, Eva Smit
"""


@pytest.fixture
def mails(tmp_path):
    folder = tmp_path / "mails"
    folder.mkdir()
    files = {}
    for name, text in (("request.eml", REQUEST_EML), ("offer.eml", OTHER_EML), ("nodate.eml", NODATE_EML)):
        files[name] = folder / name
        files[name].write_text(text, encoding="utf-8")
    files["broken.eml"] = folder / "broken.eml"
    files["broken.eml"].write_bytes(b"\x00\x01garbage\xff")
    files["notes.txt"] = folder / "notes.txt"
    files["notes.txt"].write_text("not a mail", encoding="utf-8")
    return files


def mime_for(paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_drag_enter_accepts_only_mail_files(window, mails):
    actions = Qt.DropAction.CopyAction
    good_mime, bad_mime = mime_for([mails["request.eml"]]), mime_for([mails["notes.txt"]])  # events do not own them
    good = QDragEnterEvent(QPoint(50, 50), actions, good_mime,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(good)
    assert good.isAccepted()
    bad = QDragEnterEvent(QPoint(50, 50), actions, bad_mime,
                          Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(bad)
    assert not bad.isAccepted()


def test_dropping_mails_imports_them_and_summarises(qtbot, window, store, mails, monkeypatch, messages):
    from studio_dsar.gui import import_review

    asked = []

    def tick_all(parent, items):
        asked.append(items)
        for item in items:
            if item.record is not None and not item.duplicate_of:
                item.log = True  # the owner ticks the mail that was not recognised too
        return [i for i in items if i.log]

    monkeypatch.setattr(import_review, "review_import", tick_all)
    dropped = [mails["request.eml"], mails["broken.eml"], mails["offer.eml"], mails["nodate.eml"],
               mails["notes.txt"]]
    mime = mime_for(dropped)
    event = QDropEvent(QPointF(60, 60), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: len(messages) == 1)

    # The batch went on past the broken file; every mail was shown for review, the one that is
    # no request unticked until the owner ticked it, and it was logged anyway.
    [items] = asked
    assert [i.path.rsplit("/", 1)[-1] for i in items] == ["request.eml", "broken.eml", "offer.eml", "nodate.eml"]
    assert items[1].record is None and items[1].error
    requests = {r.source_filename: r for r in store.list_requests()}
    assert set(requests) == {"request.eml", "offer.eml", "nodate.eml"}
    assert requests["offer.eml"].is_dsar is False
    assert requests["request.eml"].requester_email == "jan.jansen@example.nl"
    report = window.last_import_report
    assert len(report.of("imported")) == 3 and len(report.of("error")) == 1
    kind, _title, text = messages[0]
    assert kind == "warning"
    assert "broken.eml" in text and "notes.txt" not in text
    assert window.proxy.rowCount() == 3

    # Dropping the same mail again is recognised as a duplicate.
    messages.clear()
    window.handle_drop([mails["request.eml"]])
    assert len(store.list_requests()) == 3
    assert len(window.last_import_report.of("duplicate")) == 1
    assert messages[0][0] == "info"


def test_missing_date_warns_and_lets_the_owner_set_it(window, store, mails, messages):
    window.handle_drop([mails["nodate.eml"]])
    req = store.list_requests()[0]
    assert req.received_flag
    window.select_reference(req.reference)
    pane = window.detail
    assert pane.received_warning.isVisibleTo(window)
    pane.received_edit.setDate(pane.received_edit.date().addDays(-2))
    wanted = pane.received_edit.date().toPython()
    pane.received_button.click()
    after = store.get_request(req.reference)
    assert after.received_flag is None
    assert deadlines.receipt_date(after.received_at) == wanted
    assert not pane.received_warning.isVisibleTo(window)


def test_import_dialog_uses_the_file_picker(window, store, mails, monkeypatch, messages):
    monkeypatch.setattr(dialogs, "ask_open_paths", lambda parent: [str(mails["request.eml"])])
    window.import_action.trigger()
    assert len(store.list_requests()) == 1
    assert window.import_action.isEnabled() and not window.progress.isVisibleTo(window)


# -- export and window state ---------------------------------------------------------------
def test_csv_export(window, store, tmp_path, monkeypatch):
    a = add(store, "Xander Export", 3, rights=("access", "portability"))
    add(store, "Yara Export", 40, status="answered")
    target = tmp_path / "out" / "register.csv"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, suggested: str(target))
    window.export_action.trigger()
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_ref = {r["reference"]: r for r in rows}
    assert by_ref[a.reference]["rights"] == "access portability"
    assert by_ref[a.reference]["requester_name"] == "Xander Export"
    assert len(rows) == 2


def test_window_state_saved_to_ini_in_data_home(qtbot, store, private_home):
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(700, 500)
    win.splitter.setSizes([500, 400])
    win.set_filter("open")
    win.close()
    ini = private_home / "window.ini"
    assert ini.is_file()
    text = ini.read_text(encoding="utf-8", errors="replace")
    assert "geometry" in text and "splitter" in text

    again = MainWindow(store)
    qtbot.addWidget(again)
    assert again.size().width() == 700 and again.size().height() == 500
    assert again.proxy.which == "open"


def test_import_runs_on_the_thread_pool(qtbot, window, store, mails, messages):
    """The real runner: the window stays responsive and hears back on the main thread."""
    runner = tasks.ThreadPoolRunner()
    tasks.use_runner(runner)
    try:
        window.handle_drop([mails["request.eml"], mails["nodate.eml"]])
        assert window.progress.isVisibleTo(window) or messages  # busy, unless already done
        qtbot.waitUntil(lambda: len(messages) == 1)
    finally:
        runner.shutdown()
    assert len(store.list_requests()) == 2
    assert window.proxy.rowCount() == 2
    assert not window.progress.isVisibleTo(window) and window.import_action.isEnabled()


def test_request_actions_follow_the_selection(window, store):
    assert not window.extend_action.isEnabled()
    req = add(store, "Selma Select", 3)
    window.reload()
    window.select_reference(req.reference)
    assert window.extend_action.isEnabled()


def test_no_child_widget_takes_a_dropped_mail_as_text(window):
    from PySide6.QtWidgets import QWidget

    assert window.acceptDrops()
    assert [type(w).__name__ for w in window.findChildren(QWidget) if w.acceptDrops()] == []


def test_tooltips_show_names_from_mails_literally(window, store):
    add(store, "<img src='x'>Mallory", 3, email="m@example.nl")
    window.reload()
    from studio_dsar.gui.models import REQUESTER

    tip = window.proxy.index(0, REQUESTER).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip


def test_detail_pane_clears_when_the_request_is_filtered_out(window, store):
    req = add(store, "Fien Filter", 3)
    window.reload()
    window.select_reference(req.reference)
    window.search.setText("somebody else")
    assert window.detail.reference is None
    window.search.clear()
    assert window.proxy.rowCount() == 1


def test_letter_dialog_opens_for_the_selected_request(window, store, monkeypatch):
    letter_dialog = pytest.importorskip("studio_dsar.gui.letter_dialog")
    opened = []
    monkeypatch.setattr(letter_dialog.LetterDialog, "exec", lambda self: opened.append(self) or 0)
    req = add(store, "Lotte Letter", 3)
    window.reload()
    window.select_reference(req.reference)
    window.detail.letter_button.click()
    assert len(opened) == 1
    window.letter_action.trigger()
    assert len(opened) == 2


def test_profile_dialog_opens_from_the_menu(window, monkeypatch):
    profile_dialog = pytest.importorskip("studio_dsar.gui.profile_dialog")
    opened = []
    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec", lambda self: opened.append(self) or 0)
    assert window.profile_action.isVisible()
    window.profile_action.trigger()
    assert len(opened) == 1
