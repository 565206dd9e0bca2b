"""The letter window and the studio-profile window, offscreen with a synchronous task runner."""

from __future__ import annotations

import email

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QComboBox

from studio_dsar.gui import tasks
from studio_dsar.core.letters import profile as P
from studio_dsar.core.letters import record as REC

# These tests check the wording of messages, so they run with English messages
# (the letters themselves are rendered in the language each test names).
pytestmark = pytest.mark.usefixtures("english", "sync_tasks")


def _fill(p: dict) -> dict:
    p.update(legal_name="Studio Zuid VOF", address="Markt 1", postcode="5611 AA", city="Eindhoven",
             registration_number="87654321", email="hallo@studiozuid.nl", privacy_contact="Mo Bakker")
    return p


@pytest.fixture
def req(store):
    p = _fill(P.default_profile("NL"))
    p["recipients"] = [{"name": "Brevo SAS", "purpose": {"nl": "nieuwsbrief", "en": "newsletter"}, "country": "FR"}]
    P.save_profile(store, p)
    REC.confirm(store)
    return store.create_request(requester_name="Eva de Boer", requester_email="eva@example.nl",
                                rights=["access"], language="nl", received_at="2026-11-05")


def _image_key(dialog) -> int:
    pix = dialog._pages[0].pixmap() if dialog._pages else None
    return pix.toImage().cacheKey() if pix and not pix.isNull() else 0


def test_letter_dialog_preview_follows_kind_and_text(qtbot, store, req):
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    assert dialog.kind == "acknowledgement"  # a new request
    assert dialog.page_count >= 1 and _image_key(dialog)
    first = dialog._pages[0].pixmap().toImage()

    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
        dialog.flush_preview()
    assert dialog.page_count >= 2
    assert len(dialog._pages) == dialog.page_count  # every page, not page 1 only
    assert dialog._pages[0].pixmap().width() >= 560  # a readable width
    assert dialog._pages[0].pixmap().toImage() != first
    assert set(dialog.blocks()) == {"summary", "others", "extra"}
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
    assert P.field_label("legal_name") in dialog.last_error and "legal_name" not in dialog.last_error


def test_profile_dialog_first_run_prefills_and_saves(qtbot, store):
    from studio_dsar.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(store, None, first_run=True)
    qtbot.addWidget(dialog)
    assert dialog.purposes.table.rowCount() >= 4  # defaults of a photo/video studio
    assert dialog.categories.table.rowCount() >= 3
    # Missing required fields: not saved, message names the field.
    dialog.accept()
    assert not P.has_profile(store)
    assert P.field_label("legal_name") in dialog.banner.text.text()

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
    combo = dialog.purposes.table.cellWidget(0, 3)
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
        assert not dialog._pages[0].pixmap().isNull()
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
    names = [P.loc(r["name"], "nl") for r in values["recipients"]]
    assert "FOD Financiën" in names and "Belastingdienst" not in names
    assert values["recipients"][0]["country"] == "US"  # a non-domestic one is left alone


def test_switching_language_keeps_each_languages_text(qtbot, store, req):
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("refusal"))
    dialog.set_block("reason", "Wij hebben geen gegevens van u.")
    dialog.flush_preview()
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fr"))
    dialog.flush_preview()
    # The typed text went along to be translated, not erased.
    assert dialog.blocks()["reason"] == "Wij hebben geen gegevens van u."
    assert dialog.export_button.isEnabled()
    dialog.set_block("reason", "Nous n’avons aucune donnée vous concernant.")
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("nl"))
    assert dialog.blocks()["reason"] == "Wij hebben geen gegevens van u."
    dialog.lang_combo.setCurrentIndex(dialog.lang_combo.findData("fr"))
    assert dialog.blocks()["reason"] == "Nous n’avons aucune donnée vous concernant."


def test_letter_dialog_french_request_defaults_to_french(qtbot, store, req):
    from studio_dsar.gui.letter_dialog import LetterDialog

    r = store.create_request(requester_name="Luc", requester_email="luc@example.be", rights=["access"],
                             language="fr", received_at="2026-11-05")
    dialog = LetterDialog(store, r.reference)
    qtbot.addWidget(dialog)
    assert dialog.lang == "fr"


def test_letter_dialog_erasure_waits_for_the_checklist(qtbot, store, req, monkeypatch):
    from studio_dsar.core.letters import checklist as C
    from studio_dsar.gui import checklist_dialog
    from studio_dsar.gui.letter_dialog import LetterDialog

    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("erasure"))
    dialog.flush_preview()
    assert not dialog.export_button.isEnabled() and "Client administration" in dialog.last_error
    assert not dialog.checklist_button.isHidden()

    def tick_everything(self):
        for place in C.PLACES:
            self.set_row(place, "none")
        self.set_row("mailbox", "done")
        self.set_row("client_admin", "kept", "tax_records")
        self.set_row(C.recipient_place("Brevo SAS"), "done")
        self.accept()
        return 1

    monkeypatch.setattr(checklist_dialog.ChecklistDialog, "exec", tick_everything)
    dialog.edit_checklist()
    assert dialog.export_button.isEnabled(), dialog.last_error
    assert store.checklist(req.reference)["client_admin"]["ground"] == "tax_records"
    assert "checklist_ticked" in [e.event for e in store.audit_entries(req.id)]


def test_letter_dialog_attaches_files_to_the_access_letter(qtbot, store, req, tmp_path, monkeypatch):
    from studio_dsar.gui.letter_dialog import LetterDialog

    photo = tmp_path / "IMG_7.jpg"
    photo.write_bytes(b"\xff\xd8\xff7")
    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
    assert not dialog.files_box.isHidden()
    dialog.add_files([str(photo)])
    dialog.flush_preview()
    target = tmp_path / "out" / "access.pdf"
    monkeypatch.setattr(dialog, "ask_pdf_path", lambda suggested: str(target))
    monkeypatch.setattr(dialog, "show_done", lambda text, warn: None)
    assert dialog.export() == str(target)
    assert target.read_bytes() == dialog._rendered.pdf  # what the preview showed is what was written
    msg = email.message_from_bytes(target.with_suffix(".eml").read_bytes())
    assert "IMG_7.jpg" in [p.get_filename() for p in msg.walk()]


def test_profile_dialog_confirms_sections(qtbot, store, req):
    from studio_dsar.gui.profile_dialog import ProfileDialog

    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    assert all(box.isChecked() for box in dialog.confirm_boxes.values())
    dialog.confirm_boxes["sources"].setChecked(False)
    dialog.accept()
    status = REC.status(P.load_profile(store), store.record_confirmations())
    assert not status["sources"]["confirmed"] and status["purposes"]["confirmed"]
    # A generic recipient cannot be confirmed: the dialog says so and stays open.
    dialog = ProfileDialog(store)
    qtbot.addWidget(dialog)
    dialog.recipients.add_item({"name": "Webhost", "country": "NL"})
    dialog.accept()
    assert "Webhost" in dialog.banner.text.text()
    assert REC.status(P.load_profile(store), store.record_confirmations())["recipients"]["confirmed"]
