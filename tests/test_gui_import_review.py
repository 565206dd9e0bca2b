"""The import review: the owner sees the mail with the evidence highlighted, corrects, imports."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt

from studio_dsar.core.intake import parse_bytes
from studio_dsar.gui import import_review, tasks
from studio_dsar.gui.import_review import RIGHT_COLOURS, ImportReviewDialog, ReviewItem

pytestmark = pytest.mark.usefixtures("sync_tasks")

REQUEST = (
    "From: Lies Maes <lies.maes@example.be>\nTo: studio@example.be\nSubject: Mijn foto's\n"
    "Date: Tue, 5 Mar 2024 10:00:00 +0100\nMessage-ID: <r1@example.be>\nContent-Type: text/plain; charset=utf-8\n\n"
    "Dag Jens,\n\nKunnen jullie mijn foto's van Instagram halen?\nEn graag al mijn gegevens wissen.\n\n"
    "<b>Bedankt</b> \u202eLies\n"
)
OTHER = (
    "From: Tom <tom@example.be>\nTo: studio@example.be\nSubject: Shoot\nDate: Tue, 5 Mar 2024 11:00:00 +0100\n"
    "Message-ID: <o1@example.be>\nContent-Type: text/plain; charset=utf-8\n\nHebben jullie plek in juni?\n"
)


def _items():
    return import_review.review_items([
        type("O", (), {"path": "/m/request.eml", "record": parse_bytes(REQUEST.encode(), "request.eml"),
                       "error": None, "duplicate": False, "reference": None})(),
        type("O", (), {"path": "/m/other.eml", "record": parse_bytes(OTHER.encode(), "other.eml"),
                       "error": None, "duplicate": False, "reference": None})(),
        type("O", (), {"path": "/m/broken.eml", "record": None, "error": "“broken.eml” is empty.",
                       "duplicate": False, "reference": None})(),
    ])


def test_review_shows_the_text_with_evidence_highlighted_per_right(qtbot):
    dialog = ImportReviewDialog(_items())
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Kunnen jullie mijn foto's van Instagram halen?" in text
    assert "<b>Bedankt</b>" in text and "\u202e" not in text  # plain text, bidi override removed
    assert dialog.text.isReadOnly()
    spans = {t: colour for colour, t in dialog.highlighted_spans()}
    assert spans == {"Kunnen jullie mijn foto's van Instagram halen?": RIGHT_COLOURS["withdraw_consent"],
                     "En graag al mijn gegevens wissen.": RIGHT_COLOURS["erasure"]}
    assert dialog.is_request.isChecked()
    assert [c for c, cb in dialog.rights.items() if cb.isChecked()] == ["erasure", "withdraw_consent"]
    assert dialog.import_button.isEnabled() and "1" in dialog.import_button.text()
    # the mail that is no request is listed unticked, the broken one cannot be ticked
    assert dialog.list.item(1).checkState() == Qt.CheckState.Unchecked
    assert not dialog.list.item(2).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_owner_corrects_before_import(qtbot):
    items = _items()
    dialog = ImportReviewDialog(items)
    qtbot.addWidget(dialog)
    dialog.rights["access"].setChecked(True)
    dialog.rights["withdraw_consent"].setChecked(False)
    dialog.name.setText("Lies Maes-Peeters")
    dialog.name.textEdited.emit("Lies Maes-Peeters")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.list.setCurrentRow(1)
    assert not dialog.is_request.isChecked()
    dialog.is_request.setChecked(True)  # log the other mail anyway
    chosen = dialog.chosen()
    assert [i.path for i in chosen] == ["/m/request.eml", "/m/other.eml"]
    rec = chosen[0].record
    assert rec.rights == ["access", "erasure"] and rec.requester_name == "Lies Maes-Peeters" and rec.language == "en"
    assert rec.detected["rights"] == ["erasure", "withdraw_consent"]  # what was detected is kept
    assert "2" in dialog.import_button.text()


def test_window_flow_read_review_correct_import(qtbot, store, tmp_path, monkeypatch):
    from studio_dsar.gui import dialogs
    from studio_dsar.gui.main_window import MainWindow
    from studio_dsar.core.store import intake

    monkeypatch.setattr(dialogs, "show_message", lambda *a, **k: None)
    (tmp_path / "request.eml").write_text(REQUEST, encoding="utf-8")
    (tmp_path / "other.eml").write_text(OTHER, encoding="utf-8")
    seen = []

    def owner(parent, items):
        dialog = ImportReviewDialog(items, parent)
        seen.append(dialog.text.toPlainText())
        dialog.rights["withdraw_consent"].setChecked(False)  # the owner disagrees with one right
        return dialog.chosen()

    monkeypatch.setattr(import_review, "review_import", owner)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.handle_drop([str(tmp_path / "request.eml"), str(tmp_path / "other.eml")])
    [req] = store.list_requests()
    assert "Instagram" in seen[0]
    assert req.rights == ["erasure"] and req.requester_email == "lies.maes@example.be"
    details = intake.details(store, req.id)
    assert details.detected["rights"] == ["erasure", "withdraw_consent"]
    assert details.evidence["erasure"] == ["En graag al mijn gegevens wissen."]
    [corr] = [e for e in store.audit_entries(req.id) if e.event == "corrected"]
    assert corr.details["rights"]["was"] == ["erasure", "withdraw_consent"]
    report = win.last_import_report
    assert len(report.of("imported")) == 1 and len(report.of("not_request")) == 1


def test_cancelling_the_review_logs_nothing(qtbot, store, tmp_path, monkeypatch):
    from studio_dsar.gui.main_window import MainWindow

    (tmp_path / "request.eml").write_text(REQUEST, encoding="utf-8")
    monkeypatch.setattr(import_review, "review_import", lambda parent, items: None)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.handle_drop([str(tmp_path / "request.eml")])
    assert store.list_requests() == []
    assert win.import_action.isEnabled()


def test_screenshot_of_the_review(qtbot, tmp_path):
    dialog = ImportReviewDialog(_items())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    path = tmp_path / "review.png"
    assert dialog.grab().save(str(path))
    assert path.stat().st_size > 1000


def test_review_item_defaults():
    item = ReviewItem(path="x.eml", record=None, error="bad")
    assert not item.log and item.duplicate_of is None
    assert tasks is not None


def test_correcting_after_import_is_audited_with_the_detected_values(qtbot, store):
    from studio_dsar.core.studio import Studio
    from studio_dsar.gui.import_review import CorrectRequestDialog

    studio = Studio(store)
    [out] = studio.import_reviewed([("request.eml", parse_bytes(REQUEST.encode(), "request.eml"))])
    dialog = CorrectRequestDialog(studio, out.reference)
    qtbot.addWidget(dialog)
    assert "Instagram" in dialog.evidence.toPlainText()
    assert len(dialog.evidence.extraSelections()) == 2
    dialog.rights["withdraw_consent"].setChecked(False)
    dialog.rights["access"].setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.accept()
    req = store.get_request(out.reference)
    assert req.rights == ["access", "erasure"] and req.language == "fr"
    [corr] = [e for e in store.audit_entries(req.id) if e.event == "corrected"]
    assert corr.details["rights"] == {"was": ["erasure", "withdraw_consent"], "now": ["access", "erasure"]}
    assert studio.intake_details(out.reference).detected["rights"] == ["erasure", "withdraw_consent"]


def test_cli_edit_marks_a_logged_mail_as_no_request(store, capsys):
    from studio_dsar.cli.main import main
    from studio_dsar.core.studio import Studio

    [out] = Studio(store).import_reviewed([("request.eml", parse_bytes(REQUEST.encode(), "request.eml"))])
    store.close()
    assert main(["edit", out.reference, "--not-request", "--language", "de"]) == 0
    from studio_dsar.core.store import Store

    with Store.open() as again:
        req = again.get_request(out.reference)
        assert req.is_dsar is False and req.language == "de"
        [corr] = [e for e in again.audit_entries(req.id) if e.event == "corrected"]
        assert corr.details["is_dsar"] == {"was": True, "now": False}
