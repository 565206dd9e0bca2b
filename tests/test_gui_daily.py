"""The owner's daily work in the window: the start-up digest, filters, the mail in the detail
pane, delete and undo, letters marked sent. Offscreen, with a synchronous task runner."""

from __future__ import annotations

from datetime import timedelta

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from studio_dsar.core.mailkeep import KeptMail
from studio_dsar.gui import dialogs
from studio_dsar.gui.main_window import MainWindow
from studio_dsar.gui.models import REFERENCE, REQUEST_ROLE
from studio_dsar.core.deadlines import studio_today

TODAY = studio_today()
pytestmark = pytest.mark.usefixtures("sync_tasks")


def add(store, name, days_ago, *, status=None, rights=("access",), **kw):
    req = store.create_request(requester_name=name, requester_email=f"{name.split()[0].lower()}@example.nl",
                               rights=list(rights), received_at=TODAY - timedelta(days=days_ago), **kw)
    if status:
        store.set_status(req.reference, status, reason="Unfounded" if status == "refused" else None)
    return req


@pytest.fixture
def messages(monkeypatch):
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(dialogs, "show_message",
                        lambda parent, kind, title, text, details=None: shown.append((kind, title, text)))
    return shown


@pytest.fixture
def shown_dialogs(monkeypatch):
    """Dialogs the window would show without blocking, kept for the test to look at."""
    kept: list = []
    monkeypatch.setattr(dialogs, "show_dialog", kept.append)
    return kept


@pytest.fixture
def window(qtbot, store):
    win = MainWindow(store)
    qtbot.addWidget(win)
    return win


def shown_references(win) -> list[str]:
    return [win.proxy.index(r, REFERENCE).data(REQUEST_ROLE).reference for r in range(win.proxy.rowCount())]


# -- digest and notifications -----------------------------------------------------------------
def test_start_up_digest_lists_overdue_and_due_this_week(qtbot, store, shown_dialogs):
    late = add(store, "Otto Overdue", 40)
    soon = add(store, "Sara Soon", 24)
    add(store, "Carl Calm", 1)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.start_reminders()
    assert len(shown_dialogs) == 1
    digest = shown_dialogs[0]
    assert set(digest.sections) == {"overdue", "soon"}
    overdue = digest.sections["overdue"]
    assert overdue.childCount() == 1 and late.reference in overdue.child(0).text(0)
    assert "Otto Overdue" in overdue.child(0).text(0)
    assert soon.reference in digest.sections["soon"].child(0).text(0)
    # Choosing "show overdue" filters the window to them.
    digest.overdue_button.click()
    assert shown_references(win) == [late.reference]
    assert win.filter_buttons["overdue"].isChecked()


def test_no_digest_when_nothing_needs_attention_but_it_can_be_asked_for(window, store, shown_dialogs):
    add(store, "Carl Calm", 1)
    window.reload()
    window.start_reminders()
    assert shown_dialogs == []
    window.digest_action.trigger()
    assert len(shown_dialogs) == 1 and shown_dialogs[0].digest.empty


def test_digest_double_click_opens_the_request(window, store, shown_dialogs):
    late = add(store, "Otto Overdue", 40)
    add(store, "Anna Other", 41)
    window.reload()
    window.set_filter("closed")
    digest = window.show_digest()
    item = digest.sections["overdue"].child(1) if late.reference in digest.sections["overdue"].child(1).text(0) \
        else digest.sections["overdue"].child(0)
    digest.tree.itemActivated.emit(item, 0)
    assert window.detail.reference == late.reference


def test_digest_can_be_switched_off_at_start(window, store, shown_dialogs):
    add(store, "Otto Overdue", 40)
    window.reload()
    digest = window.show_digest()
    digest.show_at_start.setChecked(False)
    digest.reject()
    shown_dialogs.clear()
    assert window.show_digest() is None and shown_dialogs == []
    assert window.show_digest(force=True) is not None


def test_notification_once_when_a_request_becomes_due(window, store):
    window.notifier.start(already_seen=True)
    seen = []
    window.notifier.notified.connect(lambda title, text: seen.append(text))
    assert window.notifier.check() == []
    req = add(store, "Dana Due", 28)  # the promise (28 days) is today
    window.reload()
    assert window.notifier.check() == [(req.reference, "due")]
    assert seen and req.reference in seen[0]
    assert window.notifier.check() == []  # said once


# -- filters and search --------------------------------------------------------------------
def test_quick_status_and_right_filters(window, store):
    late = add(store, "Otto Overdue", 40, rights=("erasure",))
    soon = add(store, "Sara Soon", 24)
    calm = add(store, "Carl Calm", 1, status="in_progress", rights=("access", "objection"))
    done = add(store, "Dirk Done", 60, status="answered")
    window.reload()
    window.set_filter("overdue")
    assert shown_references(window) == [late.reference]
    window.set_filter("soon")
    assert shown_references(window) == [soon.reference]
    window.set_filter("all")
    window.status_filter.setCurrentIndex(window.status_filter.findData("in_progress"))
    assert shown_references(window) == [calm.reference]
    window.status_filter.setCurrentIndex(0)
    window.right_filter.setCurrentIndex(window.right_filter.findData("objection"))
    assert shown_references(window) == [calm.reference]
    window.right_filter.setCurrentIndex(0)
    assert set(shown_references(window)) == {late.reference, soon.reference, calm.reference, done.reference}


def test_search_finds_rights_in_the_ui_language_and_escape_clears_it(qtbot, window, store):
    erase = add(store, "Eva Erase", 3, rights=("erasure",))
    add(store, "Ali Access", 3, rights=("access",))
    window.reload()
    window.search.setText("wissen")  # Dutch for erasure
    assert shown_references(window) == [erase.reference]
    window.search.setText("erasure")  # the code works too
    assert shown_references(window) == [erase.reference]
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert len(shown_references(window)) == 2


def test_sorting_by_a_column_keeps_the_selection(window, store):
    a = add(store, "Zoe Zed", 3)
    b = add(store, "Anna Alpha", 10)
    window.reload()
    window.select_reference(a.reference)
    window.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # requester
    assert shown_references(window) == [b.reference, a.reference]
    assert window.current_reference() == a.reference
    window.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown_references(window) == [a.reference, b.reference]


def test_row_context_menu_and_request_menu_offer_the_actions(window, store, monkeypatch):
    req = add(store, "Mia Menu", 3)
    window.reload()
    window.select_reference(req.reference)
    texts = [a.text() for a in window.request_menu.actions()]
    assert window.idcheck_action.text() in texts and window.delete_action.text() in texts
    status_menu = next(a.menu() for a in window.request_menu.actions() if a.menu())
    assert [a.text() for a in status_menu.actions()] == [a.text() for a in window.status_actions.values()]
    monkeypatch.setattr("PySide6.QtWidgets.QMenu.popup", lambda self, pos: None)
    rect = window.table.visualRect(window.proxy.index(0, 0))
    window._row_menu(rect.center())
    assert [a.text() for a in window.row_menu.actions()] == texts
    window.status_actions["in_progress"].trigger()
    assert store.get_request(req.reference).status == "in_progress"


# -- the mail ----------------------------------------------------------------------------
def test_the_mail_is_shown_read_only_as_plain_text(window, store):
    req = add(store, "Mila Mail", 2, attachments=[
        {"filename": "brief.pdf", "content_type": "application/pdf", "size": 2048},
        {"filename": "paspoort.jpg", "content_type": "image/jpeg", "size": 4096, "is_id_document": True}])
    store.save_mail(req.id, KeptMail(sender="Mila <mila@example.nl>", recipients="info@studio.nl",
                                     sent="2026-11-20T10:00:00+01:00", subject="Inzageverzoek <b>nu</b>",
                                     body="Beste studio,\n\nIk wil inzage. <img src=http://x/y.png>\nGroet, Mila"))
    window.reload()
    window.select_reference(req.reference)
    view = window.detail.mail_view
    assert view.isVisibleTo(window)
    assert view.body.isReadOnly()
    assert view.body.toPlainText().startswith("Beste studio,")
    assert "<img src=http://x/y.png>" in view.body.toPlainText()  # shown as text, never fetched
    assert view.subject_value.textFormat() == Qt.TextFormat.PlainText
    assert view.subject_value.text() == "Inzageverzoek <b>nu</b>"
    atts = store.get_request(req.reference).attachments
    pdf, scan = atts[0], atts[1]
    assert view.buttons[pdf.id].text() == dialogs._("Open")
    assert view.buttons[scan.id].text() == dialogs._("Check ID…")
    assert not view.buttons[pdf.id].isEnabled()  # contents not kept (no keychain in this test)


def test_an_attachment_opens_from_a_temporary_copy_that_is_removed(window, store, memory_keyring, monkeypatch,
                                                                   tmp_path):
    req = add(store, "Olaf Open", 2, attachments=[{"filename": "brief.pdf", "content_type": "application/pdf",
                                                   "size": 9}])
    att = store.get_request(req.reference).attachments[0]
    item = window.studio.vault.put(b"%PDF-1.4\n", filename="brief.pdf", kind="attachment", request_id=req.id)
    store.set_attachment_vault_item(att.id, item.id)
    window.temp_views.root = tmp_path
    opened = []
    monkeypatch.setattr(dialogs, "open_with_system", lambda url: opened.append(url.toLocalFile()) or True)
    window.reload()
    window.select_reference(req.reference)
    assert window.detail.mail_view.buttons[att.id].isEnabled()
    window.detail.mail_view.buttons[att.id].click()
    assert len(opened) == 1 and opened[0].endswith("brief.pdf")
    from pathlib import Path

    path = Path(opened[0])
    assert path.read_bytes() == b"%PDF-1.4\n"
    window.close()
    assert not path.exists()


def test_id_attachments_never_open_in_the_viewer(window, store, memory_keyring, messages):
    req = add(store, "Ida Id", 2, attachments=[{"filename": "id.jpg", "content_type": "image/jpeg",
                                                "size": 4, "is_id_document": True}])
    att = store.get_request(req.reference).attachments[0]
    item = window.studio.vault.put(b"\xff\xd8\xff\xe0", filename="id.jpg", kind="original", request_id=req.id)
    store.set_attachment_vault_item(att.id, item.id)
    window.open_attachment(att.id)
    assert messages and messages[0][0] == "error"


# -- delete and undo ----------------------------------------------------------------------
def test_delete_with_a_reason_then_undo_and_redo(window, store, monkeypatch):
    req = add(store, "Dirk Delete", 3)
    other = add(store, "Olga Other", 4)
    window.reload()
    window.select_reference(req.reference)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *a, **k: "Imported by mistake")
    window.delete_action.trigger()
    assert shown_references(window) == [other.reference]
    assert store.get_request(req.reference).deletion_reason == "Imported by mistake"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert set(shown_references(window)) == {req.reference, other.reference}
    assert window.current_reference() == req.reference
    window.redo_action.trigger()
    assert shown_references(window) == [other.reference]
    events = [e.event for e in store.audit_entries(req.id)]
    assert events[-3:] == ["deleted", "restored", "deleted"]
    assert store.verify_audit() == []


def test_undo_a_status_change_with_ctrl_z(window, store):
    req = add(store, "Ursula Undo", 3)
    window.reload()
    window.select_reference(req.reference)
    window.detail.change_status("answered")
    assert store.get_request(req.reference).status == "answered"
    assert window.undo_action.shortcut().matches(window.undo_action.shortcut()) and \
        "Ctrl+Z" in window.undo_action.shortcut().toString()
    window.undo_action.trigger()
    after = store.get_request(req.reference)
    assert after.status == "new" and after.closed_at is None
    assert window.detail.status_combo.currentData() == "new"
    last = store.audit_entries(req.id)[-1]
    assert last.event == "status_changed" and last.details.get("undo") is True


def test_deleted_requests_can_be_restored_from_the_file_menu(window, store, monkeypatch):
    req = add(store, "Rita Restore", 3)
    store.delete_request(req.reference, reason="Spam")
    window.reload()
    assert shown_references(window) == []
    monkeypatch.setattr(dialogs, "ask_restore", lambda parent, deleted: [d.reference for d in deleted])
    window.deleted_action.trigger()
    assert shown_references(window) == [req.reference]


# -- letters marked sent --------------------------------------------------------------------
def test_mark_a_letter_sent_completes_the_extension_and_undo_takes_it_back(window, store):
    req = add(store, "Vera Verlengd", 5)
    store.extend(req.reference, reason="Complex", country="NL")
    store.record_letter(req.reference, kind="extension", language="nl", filename="verlenging.pdf", sha256="0" * 64)
    letter = store.letters(req.reference)[0]
    window.reload()
    window.select_reference(req.reference)
    pane = window.detail
    assert pane.notice_banner.isVisibleTo(window)
    assert pane.notice_banner.kind == "warning"
    button = pane.letter_buttons[letter["id"]]
    assert button.text() == dialogs._("Mark sent")
    button.click()
    assert store.letters(req.reference)[0]["sent_at"]
    assert not window.detail.notice_banner.isVisibleTo(window)
    assert window.detail.letter_buttons[letter["id"]].text() == dialogs._("Not sent")
    window.undo_action.trigger()
    assert store.letters(req.reference)[0]["sent_at"] is None
    assert window.detail.notice_banner.isVisibleTo(window)


# -- smaller points -----------------------------------------------------------------------------
def test_window_title_does_not_repeat_the_app_name(window):
    assert "studio-dsar" not in window.windowTitle()


def test_days_left_column_fits_its_longest_text(window, store):
    add(store, "Lang Laat", 400)
    window.reload()
    header = window.table.horizontalHeader()
    from studio_dsar.gui.labels import days_left_text
    from studio_dsar.gui.models import DAYS_LEFT

    needed = window.table.fontMetrics().horizontalAdvance(days_left_text(-999))
    assert header.sectionSize(DAYS_LEFT) > needed
    window.resize(700, 500)
    assert header.sectionSize(DAYS_LEFT) > needed


def test_a_scan_dragged_without_a_selected_request_says_why(window, store, tmp_path):
    from studio_dsar.gui import drops

    scan = tmp_path / "scan.jpg"
    scan.write_bytes(b"\xff\xd8\xff")
    plan = drops.plan_for_paths([str(scan)], None)
    assert not plan.accepted and plan.text
    req = add(store, "Sam Scan", 2)
    plan = drops.plan_for_paths([str(scan)], req.reference)
    assert plan.action == "idcheck" and req.reference in plan.text


def test_language_change_applies_without_restart(qtbot, window, store):
    window.studio.save_settings({"language": "en"})
    new = window.apply_language()
    qtbot.addWidget(new)
    try:
        assert new.file_menu.title() == "&File"
        assert new.filter_buttons["overdue"].text() == "Overdue"
    finally:
        from studio_dsar.core import i18n

        i18n.set_language("nl")


def test_no_two_actions_share_a_shortcut(window):
    """An ambiguous shortcut does nothing in Qt: every key sequence belongs to one action."""
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty())
    assert [k for k, n in keys.items() if n > 1] == []
