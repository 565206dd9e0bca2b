"""Dialogs and message hygiene: plain text only, reasons required, settings saved."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from studio_dsar.core import settings
from studio_dsar.core.errors import StateError
from studio_dsar.gui import dialogs
from studio_dsar.core.intake.batch import FileResult, ImportReport, summary_text
from studio_dsar.gui.labels import clean, describe_event
from studio_dsar.core.deadlines import studio_today


def test_clean_removes_control_and_bidi_characters():
    assert clean("Jan\x1b[31m Jansen\u202e\x00") == "Jan[31m Jansen"
    assert clean("two\nlines") == "two lines"
    assert clean("two\nlines\x07", multiline=True) == "two\nlines"
    assert clean(None) == ""


def test_message_boxes_are_plain_text(qtbot, monkeypatch):
    boxes = []

    def fake_exec(self):
        boxes.append((self.textFormat(), self.text(), self.icon()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    dialogs.show_message(None, "warning", "t", "<b>Subject</b>\x1b from a mail")
    dialogs.show_error(None, StateError("Too late to extend."))
    assert boxes[0][:2] == (Qt.TextFormat.PlainText, "<b>Subject</b> from a mail")
    assert boxes[1] == (Qt.TextFormat.PlainText, "Too late to extend.", QMessageBox.Icon.Critical)


def test_reason_dialog_needs_text(qtbot):
    dialog = dialogs.ReasonDialog("Refuse", "Why?", info="New deadline: 5 June")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.edit.setPlainText("   ")
    assert not ok.isEnabled()
    dialog.edit.setPlainText("  Manifestly unfounded ")
    assert ok.isEnabled() and dialog.reason() == "Manifestly unfounded"


def test_settings_dialog_saves_the_language_and_leaves_country_and_promise_to_the_profile(qtbot, store):
    settings.save({"country": "BE", "promise_days": 14}, store)
    dialog = dialogs.SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() is None  # automatic by default
    assert not hasattr(dialog, "country") and not hasattr(dialog, "promise")  # one place only
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.awaiting_days.setValue(21)
    assert dialog.language_changed
    dialog.accept()
    saved = settings.load(store)
    assert (saved["country"], saved["promise_days"], saved["language"]) == ("BE", 14, "en")
    assert saved["awaiting_id_days"] == 21


def test_window_picks_up_new_settings(qtbot, store, monkeypatch):
    from datetime import timedelta

    from studio_dsar.gui.main_window import MainWindow

    store.create_request(requester_name="Bo", requester_email=None, rights=["access"],
                         received_at=studio_today() - timedelta(days=3))
    win = MainWindow(store)
    qtbot.addWidget(win)
    before = win.model.rows[0].due

    from studio_dsar.gui import profile_dialog

    def fake_exec(self):  # the owner sets a promise of 7 days in the studio profile
        settings.save({"promise_days": 7}, store)
        return 1

    monkeypatch.setattr(profile_dialog.ProfileDialog, "exec", fake_exec)
    win.profile_action.trigger()
    assert win.model.rows[0].due == studio_today() + timedelta(days=4) != before


def test_log_anyway_dialog_returns_ticked_paths(qtbot):
    dialog = dialogs.LogAnywayDialog([("/a/offer.eml", "offer.eml — Offerte"), ("/a/news.eml", "news.eml")])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == []
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == ["/a/news.eml"]


def test_summary_lists_every_outcome():
    report = ImportReport([
        FileResult("/m/a.eml", "imported", "2026-0001"),
        FileResult("/m/b.eml", "duplicate", "2026-0001"),
        FileResult("/m/c.eml", "not_request"),
        FileResult("/m/d.msg", "error", None, "“d.msg” is not an e-mail."),
    ])
    text = summary_text(report)
    for part in ("2026-0001", "b.eml", "c.eml", "d.msg", "is not an e-mail"):
        assert part in text


def test_audit_events_read_as_sentences(english):
    text = describe_event("status_changed", {"from": "new", "to": "refused", "reason": "Unfounded"})
    assert "Unfounded" in text and "refused" not in text  # labels, not codes
    assert describe_event("vault_wiped", {"kind": "original"}) == "Original ID document wiped."
    assert describe_event("some_future_event", {}) == "Some future event."  # unknown codes stay readable


def test_long_summaries_are_cut_short_with_the_rest_in_the_details():
    report = ImportReport([FileResult(f"/m/{i:03}.eml", "not_request") for i in range(30)]
                          + [FileResult("/m/a.eml", "imported", "2026-0001")])
    short, full = summary_text(report), summary_text(report, limit=None)
    assert "007.eml" in short and "008.eml" not in short and "22" in short
    assert all(f"{i:03}.eml" in full for i in range(30))
