"""The letter window and the studio-profile window, offscreen with a synchronous task runner."""

from __future__ import annotations

import email

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QComboBox

from studio_dsar.gui import tasks
from studio_dsar.core.letters import profile as P

# These tests check the wording of messages, so they run with English messages
# (the letters themselves are rendered in the language each test names).
pytestmark = pytest.mark.usefixtures("english", "sync_tasks")


def _fill(p: dict) -> dict:
    p.update(legal_name="Studio Zuid VOF", address="Markt 1", postcode="5611 AA", city="Eindhoven",
             registration_number="87654321", email="hallo@studiozuid.nl", privacy_contact="Mo Bakker")
    return p


@pytest.fixture
def req(store):
    P.save_profile(store, _fill(P.default_profile("NL")))
    return store.create_request(requester_name="Eva de Boer", requester_email="eva@example.nl",
                                rights=["access"], language="nl", received_at="2026-11-05")


def _image_key(dialog) -> int:
    pix = dialog.preview.pixmap()
    return pix.toImage().cacheKey() if pix and not pix.isNull() else 0


def test_letter_dialog_preview_follows_kind_and_text(qtbot, store, req):
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    assert dialog.kind == "acknowledgement"  # a new request
    assert dialog.page_count >= 1 and _image_key(dialog)
    first = dialog.preview.pixmap().toImage()

    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
        dialog.flush_preview()
    assert dialog.page_count >= 2
    assert dialog.preview.pixmap().toImage() != first
    assert set(dialog.blocks()) == {"summary", "extra"}
    assert "eva@example.nl" in dialog.blocks()["summary"]

    # Editing a block re-renders; the edit survives a trip to another kind and back.
    dialog.set_block("summary", "- 12 foto's van 3 mei")
    dialog.flush_preview()
    assert dialog._letter.blocks["summary"] == "- 12 foto's van 3 mei"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("erasure"))
    dialog.flush_preview()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
    dialog.flush_preview()
    assert dialog.blocks()["summary"] == "- 12 foto's van 3 mei"


def test_letter_dialog_refusal_needs_reason(qtbot, store, req):
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("refusal"))
    dialog.flush_preview()
    assert not dialog.export_button.isEnabled()
    assert "12(4)" in dialog.last_error
    dialog.set_block("reason", "Wij hebben geen gegevens van u.")
    dialog.flush_preview()
    assert dialog.export_button.isEnabled() and dialog.last_error is None


def test_letter_dialog_export_writes_pdf_and_eml(qtbot, store, req, tmp_path, monkeypatch):
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("en"))
    dialog.flush_preview()
    target = tmp_path / "out" / "letter.pdf"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda suggested: str(target))
    shown = []
    monkeypatch.setattr(dialog, "show_done", lambda text, warn: shown.append(text))
    assert dialog.eml_check.isChecked()
    assert dialog.export() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    msg = email.message_from_bytes(target.with_suffix(".eml").read_bytes())
    assert msg["X-Unsent"] == "1"
    assert shown and "letter.pdf" in shown[0]
    events = [e.event for e in store.audit_entries(req.id)]
    assert "letter_exported" in events
    assert store.letters(req.reference)[0]["language"] == "en"
    assert store.verify_audit() == []


def test_letter_dialog_without_profile_offers_profile(qtbot, store):
    from studio_dsar.gui.letter_dialog import LetterDialog

    r = store.create_request(requester_name="A", requester_email="a@example.nl", rights=["access"],
                             received_at="2026-11-05")
    dialog = LetterDialog(store, r.reference)
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()
    assert not dialog.profile_button.isHidden()
    assert "legal_name" in dialog.last_error


def test_profile_dialog_first_run_prefills_and_saves(qtbot, store):
    from studio_dsar.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(store, None, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.purposes.table.rowCount() >= 4  # defaults of a photo/video studio
    assert dialog.categories.table.rowCount() >= 3
    # Missing required fields: not saved, message names the field.
    dialog.accept()
    assert not P.has_profile(store)
    assert "legal_name" in dialog.banner.text.text()

    for key, value in _fill({}).items():
        dialog.fields[key].setText(value)
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    dialog.purposes.add_item({"purpose": {"nl": "Fotowedstrijd", "en": "Photo contest"}, "legal_basis": "consent"})
    t = dialog.recipients.table
    t.item(0, 4).setText("us")
    dialog.texts[("sources", "en")].setPlainText("From you.")
    dialog.accept()
    saved = P.load_profile(store)
    assert saved["legal_name"] == "Studio Zuid VOF" and saved["country"] == "BE"
    assert saved["purposes"][-1]["purpose"] == {"nl": "Fotowedstrijd", "en": "Photo contest"}
    assert saved["purposes"][-1]["legal_basis"] == "consent"
    assert saved["recipients"][0]["country"] == "US"
    assert saved["sources"]["en"] == "From you."
    assert saved["sources"]["nl"].startswith("Wij ontvangen")
    # Keys the table does not show survive (the tax authority is not asked to erase).
    assert any(r.get("notify") is False for r in saved["recipients"])


def test_profile_dialog_edit_persists_and_removes_rows(qtbot, store, req):
    from studio_dsar.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.fields["legal_name"].text() == "Studio Zuid VOF"
    dialog.fields["trade_name"].setText("Zuid Foto")
    n = dialog.categories.table.rowCount()
    dialog.categories.table.selectRow(0)
    dialog.categories.remove_selected()
    combo = dialog.purposes.table.cellWidget(0, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("legitimate_interest"))
    dialog.accept()
    saved = P.load_profile(store)
    assert saved["trade_name"] == "Zuid Foto"
    assert len(saved["data_categories"]) == n - 1
    assert saved["purposes"][0]["legal_basis"] == "legitimate_interest"



def test_letter_preview_renders_on_the_thread_pool(qtbot, store, req):
    """With the real runner the preview is made on a worker and delivered on the GUI thread."""
    from studio_dsar.gui.letter_dialog import LetterDialog

    tasks.use_runner(None)
    runner = tasks.current_runner()
    try:
        dialog = LetterDialog(store, req.reference)
        qtbot.addWidget(dialog)
        assert dialog.page_count == 0  # nothing yet: the work is on the pool
        with qtbot.waitSignal(dialog.preview_updated, timeout=20000):
            pass
        assert dialog.page_count >= 1
        assert not dialog.preview.pixmap().isNull()
        dialog.reject()
    finally:
        runner.shutdown()
        tasks.use_runner(tasks.SyncRunner())


def test_profile_dialog_country_swaps_unedited_defaults(qtbot, store):
    from studio_dsar.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(store, None, first_run=True)
    qtbot.addWidget(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("BE"))
    values = dialog.values()
    retention = [c["retention"]["nl"] for c in values["data_categories"]]
    assert any("10 jaar" in r for r in retention) and not any("art. 52" in r for r in retention)
    names = [r["name"]["nl"] for r in values["recipients"]]
    assert "FOD Financiën" in names and "Belastingdienst" not in names
    assert values["recipients"][0]["country"] == "US"  # a non-domestic one is left alone
