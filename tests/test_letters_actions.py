"""Restriction, rectification and objection letters state only what the owner recorded as done.

Each action (restricted, corrected, objection honoured or not) is recorded with its date,
audited, and stated by the letter of its kind; without one the letter is refused with a
message in the user's language. Core, command line and window."""

from __future__ import annotations

import json
from datetime import date

import pymupdf
import pytest

from studio_dsar.core.errors import InputError, NotFoundError, StateError
from studio_dsar.core.letters import profile as P
from studio_dsar.core.letters import record as REC
from studio_dsar.core.letters import render as R

TODAY = date(2026, 11, 22)
BSN = "111222333"  # passes the BSN check (11-proof)
KINDS = ("restriction", "rectification", "objection")


def _profile() -> dict:
    p = P.default_profile("NL")
    p.update(legal_name="Studio Zuid VOF", address="Markt 1", postcode="5611 AA", city="Eindhoven",
             registration_number="87654321", email="hallo@studiozuid.nl", privacy_contact="Mo Bakker")
    p["recipients"] = [{"name": "Brevo SAS", "purpose": {"nl": "nieuwsbrief", "en": "newsletter"}, "country": "FR"}]
    return p


@pytest.fixture
def req(store):
    P.save_profile(store, _profile())
    REC.confirm(store)
    return store.create_request(requester_name="Eva de Boer", requester_email="eva@example.nl",
                                rights=["restriction", "rectification", "objection"], language="nl",
                                received_at="2026-11-05")


def _text(pdf: bytes) -> str:
    with pymupdf.open("pdf", pdf) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc)


def _letter(store, ref, kind, lang="en") -> str:
    return _text(R.render_letter(store, ref, kind, lang, today=TODAY))


# -- core ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_nothing_recorded_refuses_the_letter_in_the_users_language(store, req, kind):
    from studio_dsar.core import i18n

    i18n.set_language("en")
    with pytest.raises(StateError) as exc:
        R.render_letter(store, req.reference, kind, "nl", today=TODAY)
    message = str(exc.value)
    assert "record first" in message and req.reference in message and "acknowledgement" in message
    i18n.set_language("nl")
    with pytest.raises(StateError) as exc:
        R.render_letter(store, req.reference, kind, "en", today=TODAY)
    assert "leg eerst" in str(exc.value) and "ontvangstbevestiging" in str(exc.value)


def test_an_action_of_another_kind_does_not_count(store, req):
    store.record_action(req.reference, "corrected", "postal address", value_to="Dorpsstraat 2", today=TODAY)
    _letter(store, req.reference, "rectification")
    for kind in ("restriction", "objection"):
        with pytest.raises(StateError):
            R.render_letter(store, req.reference, kind, "en", today=TODAY)
    other = store.create_request(requester_name="Piet", requester_email="piet@example.nl",
                                 rights=["rectification"], received_at="2026-11-05")
    with pytest.raises(StateError):  # one request's actions never answer another's
        R.render_letter(store, other.reference, "rectification", "en", today=TODAY)


def test_restriction_states_each_recorded_restriction_with_its_date(store, req):
    first = store.record_action(req.reference, "restricted", "Photos of the May shoot: stored only",
                                done_on="2026-11-20", today=TODAY)
    store.record_action(req.reference, "restricted", "Mailing list entry: paused", done_on=date(2026, 11, 21),
                        today=TODAY)
    text = _letter(store, req.reference, "restriction")
    assert "Photos of the May shoot: stored only (since 20 November 2026)" in text
    assert "Mailing list entry: paused (since 21 November 2026)" in text
    nl = _letter(store, req.reference, "restriction", "nl")
    assert "Wij hebben het gebruik als volgt beperkt" in nl and "(sinds 20 november 2026)" in nl
    fr = _letter(store, req.reference, "restriction", "fr")
    assert "(depuis le 20 novembre 2026)" in fr
    # A withdrawn action is no longer stated; the register keeps it, marked.
    store.withdraw_action(req.reference, first.id)
    text = _letter(store, req.reference, "restriction")
    assert "Photos of the May shoot" not in text and "Mailing list entry" in text
    kept = store.actions(req.reference, include_withdrawn=True)
    assert [a.withdrawn_at is not None for a in kept] == [True, False]
    with pytest.raises(NotFoundError):
        store.withdraw_action(req.reference, first.id)  # already withdrawn
    store.withdraw_action(req.reference, kept[1].id)
    with pytest.raises(StateError):
        R.render_letter(store, req.reference, "restriction", "en", today=TODAY)
    events = [e.event for e in store.audit_entries(req.id)]
    assert events.count("action_recorded") == 2 and events.count("action_withdrawn") == 2
    assert store.verify_audit() == []


def test_rectification_states_from_what_to_what(store, req):
    store.record_action(req.reference, "corrected", "postal address", value_from="Kerkstraat 1, Utrecht",
                        value_to="Dorpsstraat 2, Houten", done_on="2026-11-21", today=TODAY)
    store.record_action(req.reference, "corrected", "phone number", value_to="06 1234 5678", today=TODAY)
    text = _letter(store, req.reference, "rectification")
    assert ("postal address: “Kerkstraat 1, Utrecht” changed to “Dorpsstraat 2, Houten” (on 21 November 2026)"
            in text)
    assert "phone number: completed with “06 1234 5678” (on 22 November 2026)" in text
    nl = _letter(store, req.reference, "rectification", "nl")
    assert "„Kerkstraat 1, Utrecht” gewijzigd in „Dorpsstraat 2, Houten”" in nl and "aangevuld met" in nl
    fr = _letter(store, req.reference, "rectification", "fr")
    assert "remplacé par" in fr and "complété par" in fr


@pytest.mark.parametrize(("kind", "done", "told", "words"), [
    ("restriction", "restricted", "told_of_restriction", "of the restriction"),
    ("rectification", "corrected", "told_of_correction", "of the rectification"),
])
def test_recipients_told_are_named_only_when_recorded(store, req, kind, done, told, words):
    store.record_action(req.reference, told, "Brevo SAS", done_on="2026-11-21", today=TODAY)
    with pytest.raises(StateError):  # telling a recipient does not answer the request itself
        R.render_letter(store, req.reference, kind, "en", today=TODAY)
    store.record_action(req.reference, done, "address", value_to="Dorpsstraat 2", today=TODAY)
    text = _letter(store, req.reference, kind)
    assert "We have told the recipients to whom we disclosed" in text and words in text
    assert "Brevo SAS (on 21 November 2026)." in text and "we will tell them" not in text
    nl = _letter(store, req.reference, kind, "nl")
    assert "Brevo SAS (op 21 november 2026)." in nl and "op de hoogte gebracht" in nl
    assert "Brevo SAS (le 21 novembre 2026)." in _letter(store, req.reference, kind, "fr")
    store.withdraw_action(req.reference, store.actions(req.reference)[0].id)
    text = _letter(store, req.reference, kind)
    assert "Brevo SAS" not in text and "we will tell them" in text and "Article 19 GDPR" in text


def test_a_sensitive_number_is_refused_and_never_stored(store, req):
    for kwargs in ({"value_from": BSN, "value_to": "x"}, {"value_from": "x", "value_to": "111 22 2333"},
                   {"value_to": "x", "what": f"BSN {BSN}"}):
        what = kwargs.pop("what", "citizen number")
        with pytest.raises(InputError) as exc:
            store.record_action(req.reference, "corrected", what, today=TODAY, **kwargs)
        assert "never stored" in str(exc.value) or "nooit opgeslagen" in str(exc.value)
    assert store.conn.execute("SELECT COUNT(*) FROM request_actions").fetchone()[0] == 0
    assert not [e for e in store.audit_entries(req.id) if e.event == "action_recorded"]
    dump = "\n".join(store.conn.iterdump())
    assert BSN not in dump


def test_objection_honoured_and_not_honoured(store, req):
    store.record_action(req.reference, "marketing_stopped", "newsletter", done_on="2026-11-19", today=TODAY)
    store.record_action(req.reference, "processing_stopped", "photos on the portfolio site", today=TODAY)
    with pytest.raises(InputError) as exc:  # not honoured needs its grounds
        store.record_action(req.reference, "processing_continued", "invoices", today=TODAY)
    assert "21" in str(exc.value)
    store.record_action(req.reference, "processing_continued", "invoices in the bookkeeping",
                        grounds="a pending dispute about the June invoice", today=TODAY)
    text = _letter(store, req.reference, "objection")
    assert "We no longer use your data for direct marketing" in text and "newsletter (since 19 November 2026)" in text
    assert "We have stopped this use of your data" in text and "photos on the portfolio site" in text
    assert "invoices in the bookkeeping: a pending dispute about the June invoice" in text
    assert "compelling legitimate grounds" in text and "supervisory authority" in text
    # Direct marketing cannot be recorded as continued: the law allows no grounds (Art. 21(3)).
    with pytest.raises(InputError):
        store.record_action(req.reference, "marketing_continued", "newsletter", grounds="we like it", today=TODAY)


def test_only_honoured_parts_are_claimed(store, req):
    store.record_action(req.reference, "processing_continued", "invoices", grounds="tax retention duty",
                        today=TODAY)
    text = _letter(store, req.reference, "objection")
    assert "We continue this use" in text
    assert "We no longer use your data" not in text and "We have stopped" not in text


@pytest.mark.usefixtures("english")
def test_an_action_dated_before_the_request_is_flagged(store, req):
    store.record_action(req.reference, "restricted", "photos", done_on="2026-11-05", today=TODAY)
    assert not R.build_letter(store, req.reference, "restriction", "en", today=TODAY).warnings
    store.record_action(req.reference, "restricted", "prints", done_on="2025-11-04", today=TODAY)
    warnings = R.build_letter(store, req.reference, "restriction", "en", today=TODAY).warnings
    assert any("before the request arrived" in w for w in warnings)


def test_notice_before_lifting_a_restriction_states_what_is_restricted_and_why(store, req):
    # Art. 18(3): the person is told before a restriction is lifted, with the owner's reasons.
    from studio_dsar.core import i18n

    i18n.set_language("en")
    with pytest.raises(StateError) as exc:  # nothing restricted: nothing to lift
        R.render_letter(store, req.reference, "restriction_lift", "en", reason="checked", today=TODAY)
    assert "record first" in str(exc.value)
    store.record_action(req.reference, "restricted", "Postal address: not used", done_on="2026-11-10", today=TODAY)
    with pytest.raises(InputError) as exc:  # the reasons are required
        R.render_letter(store, req.reference, "restriction_lift", "en", today=TODAY)
    assert "Art. 18(3)" in str(exc.value)
    reason = "We checked your postal address with you by phone: it is correct."
    text = _letter_with(store, req.reference, "restriction_lift", "en", reason)
    assert "Postal address: not used (since 10 November 2026)" in text and reason in text
    assert "Article 18(3)" in text and "intend to lift" in text
    nl = _letter_with(store, req.reference, "restriction_lift", "nl", reason)
    assert "van plan deze beperking op te heffen" in nl and "(sinds 10 november 2026)" in nl
    fr = _letter_with(store, req.reference, "restriction_lift", "fr", reason)
    assert "lever cette limitation" in fr and "(depuis le 10 novembre 2026)" in fr
    # A notice is not an answer within the request's month: no "later than the deadline" warning.
    late = date(2027, 3, 1)
    letter = R.build_letter(store, req.reference, "restriction_lift", "en", reason=reason, today=late)
    assert not letter.warnings
    assert not any("deadline" in w for w in R.build_letter(store, req.reference, "restriction_lift", "en",
                                                           reason=reason, today=TODAY).warnings)
    # Recording the lifting afterwards: a notice sent then comes too late, and says so to the owner.
    store.record_action(req.reference, "restriction_lifted", "Postal address: used again", done_on=TODAY,
                        today=TODAY)
    warnings = R.build_letter(store, req.reference, "restriction_lift", "en", reason=reason, today=TODAY).warnings
    assert any("18(3)" in w and "22 November 2026" in w for w in warnings)
    assert "used again" not in _letter_with(store, req.reference, "restriction_lift", "en", reason)


def _letter_with(store, ref, kind, lang, reason) -> str:
    return _text(R.render_letter(store, ref, kind, lang, reason=reason, today=TODAY))


def test_dates_and_texts_are_checked(store, req):
    with pytest.raises(InputError) as exc:
        store.record_action(req.reference, "restricted", "photos", done_on="2026-11-23", today=TODAY)
    assert "2026-11-23" in str(exc.value)
    with pytest.raises(InputError):
        store.record_action(req.reference, "restricted", "photos", done_on="23-11-2026", today=TODAY)
    with pytest.raises(InputError):
        store.record_action(req.reference, "restricted", "   ", today=TODAY)
    with pytest.raises(InputError):
        store.record_action(req.reference, "corrected", "address", value_from="old", today=TODAY)
    a = store.record_action(req.reference, "restricted", "  photos \n of May ", today=TODAY)
    assert a.what == "photos of May" and a.done_on == TODAY


def test_personal_values_stay_out_of_the_hashed_log_and_go_with_anonymisation(store, req):
    store.record_action(req.reference, "corrected", "postal address", value_from="Kerkstraat 1",
                        value_to="Dorpsstraat 2", today=TODAY)
    row = store.conn.execute("SELECT details, private FROM audit_log WHERE event = 'action_recorded'").fetchone()
    assert "Kerkstraat" not in row["details"] and "Kerkstraat" in row["private"]
    entry = next(e for e in store.audit_entries(req.id) if e.event == "action_recorded")
    assert entry.details["value_from"] == "Kerkstraat 1" and entry.details["kind"] == "corrected"
    store.set_status(req.reference, "answered")
    store.anonymise(req.reference)
    a = store.actions(req.reference)[0]
    assert (a.what, a.value_from, a.value_to) == ("", "", "") and a.kind == "corrected"
    assert store.verify_audit() == []


def test_the_exported_letter_keeps_what_its_claims_rest_on(store, req, tmp_path):
    a = store.record_action(req.reference, "restricted", "photos", done_on="2026-11-20", today=TODAY)
    store.record_action(req.reference, "processing_stopped", "portfolio", today=TODAY)  # another letter's
    R.export_letter(store, req.reference, "restriction", "en", tmp_path / "r.pdf", today=TODAY)
    sent = store.letters(req.reference)[-1]
    assert json.loads(sent["checklist"]) == [{"action": a.id, "kind": "restricted", "done_on": "2026-11-20"}]


def test_the_access_appendix_and_the_export_hold_what_was_done(store, req, tmp_path):
    """The appendix says it holds everything the register records: the actions are part of it."""
    from studio_dsar.core.letters import appendix

    a = store.record_action(req.reference, "corrected", "postal address", value_from="Kerkstraat 1",
                            value_to="Dorpsstraat 2", done_on="2026-11-21", today=TODAY)
    store.record_action(req.reference, "restricted", "photos", today=TODAY)
    store.withdraw_action(req.reference, a.id)
    letter = R.build_letter(store, req.reference, "access", "en", today=TODAY)
    with pymupdf.open("pdf", R.layout(letter).enclosures[0].data) as doc:
        text = " ".join(" ".join(page.get_text().split()) for page in doc)
    assert "What we did on your requests" in text
    assert "postal address: Kerkstraat 1 → Dorpsstraat 2" in text and "21 November 2026" in text
    assert "rectified or completed – withdrawn (recorded by mistake)" in text
    assert "processing restricted" in text
    data = json.loads(appendix.export_json(appendix.person_data(store, store.get_request(req.reference))))
    assert [(x["kind"], x["withdrawn"]) for x in data["actions"]] == [("corrected", True), ("restricted", False)]
    assert "actions,1,to,Dorpsstraat 2" in appendix.export_csv(data).decode("utf-8-sig")


@pytest.mark.usefixtures("english")
def test_the_history_describes_recorded_actions(store, req):
    pytest.importorskip("PySide6")
    from studio_dsar.gui.labels import describe_event

    a = store.record_action(req.reference, "marketing_stopped", "newsletter", today=TODAY)
    store.withdraw_action(req.reference, a.id)
    texts = [describe_event(e.event, e.details) for e in store.audit_entries(req.id) if e.event.startswith("action_")]
    assert texts == ["Recorded as done on 2026-11-22: Objection honoured: direct marketing stopped – newsletter.",
                     "Recorded action withdrawn (recorded by mistake): Objection honoured: direct marketing stopped."]


def test_studio_offers_the_same_use_cases(store, req):
    from studio_dsar.core.studio import Studio

    studio = Studio(store)
    a = studio.record_action(req.reference, "processing_stopped", "portfolio", today=TODAY)
    assert [x.id for x in studio.actions(req.reference)] == [a.id]
    studio.withdraw_action(req.reference, a.id)
    assert studio.actions(req.reference) == []
    assert len(studio.actions(req.reference, include_withdrawn=True)) == 1


# -- command line ---------------------------------------------------------------------------------
def test_cli_records_lists_and_withdraws(store, req, tmp_path, capsys):
    from studio_dsar.cli import main as cli_main

    ref = req.reference
    out = tmp_path / "r.pdf"
    assert cli_main(["action", ref]) == 0
    assert "Nog niets vastgelegd." in capsys.readouterr().out  # Dutch unless asked otherwise

    def main(args):
        return cli_main(["--lang", "en", *args])

    assert main(["action", ref]) == 0
    assert "Nothing recorded yet." in capsys.readouterr().out
    assert main(["letter", ref, "--kind", "restriction", "--lang", "en", "-o", str(out)]) == 4
    assert "record first" in capsys.readouterr().err and not out.exists()
    assert main(["action", ref, "restricted", "--what", "Photos of May: stored only", "--on", "2026-11-20"]) == 0
    assert "Recorded as action" in capsys.readouterr().out
    assert main(["action", ref, "corrected", "--what", "citizen number", "--from", BSN, "--to", "x"]) == 2
    assert "never stored" in capsys.readouterr().err
    assert main(["action", ref, "processing_continued", "--what", "invoices"]) == 2
    capsys.readouterr()
    assert main(["letter", ref, "--kind", "restriction", "--lang", "en", "-o", str(out)]) == 0
    assert "Photos of May: stored only (since 20 November 2026)" in _text(out.read_bytes())
    capsys.readouterr()
    assert main(["action", ref, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["done_on"], r["what"]) for r in rows] == [
        ("restricted", "2026-11-20", "Photos of May: stored only")]
    assert main(["action", ref, "--withdraw", str(rows[0]["id"])]) == 0
    assert "withdrawn" in capsys.readouterr().out
    assert main(["action", ref, "--withdraw", str(rows[0]["id"])]) == 3
    assert main(["letter", ref, "--kind", "restriction", "--lang", "en", "-o", str(tmp_path / "r2.pdf")]) == 4
    capsys.readouterr()
    assert main(["action", ref, "--all"]) == 0
    assert "(withdrawn)" in capsys.readouterr().out


# -- window ---------------------------------------------------------------------------------------
@pytest.mark.usefixtures("english", "sync_tasks")
def test_letter_window_refuses_then_states_what_is_recorded(qtbot, store, req):
    pytest.importorskip("pytestqt")
    from studio_dsar.gui.letter_dialog import LetterDialog

    store.set_status(req.reference, "in_progress")
    dialog = LetterDialog(store, req.reference)
    qtbot.addWidget(dialog)
    assert dialog.kind == "rectification"  # the request's first right with a letter of its own
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("restriction"))
    dialog.flush_preview()
    assert not dialog.export_button.isEnabled() and "record first" in dialog.last_error
    assert not dialog.actions_button.isHidden() and dialog.checklist_button.isHidden()

    def fill(actions_dialog):
        assert actions_dialog.kind == "restricted" and actions_dialog.kind_combo.count() == 3  # + lifted
        assert actions_dialog.from_edit.isHidden() and actions_dialog.grounds_edit.isHidden()
        assert not actions_dialog.record()  # nothing said: refused, shown in the window
        assert "restricted" in actions_dialog.banner.text.text()
        actions_dialog.what_edit.setText("Photos of May: stored only")
        assert actions_dialog.record()
        assert actions_dialog.table.rowCount() == 1

    dialog.exec_actions = fill
    with qtbot.waitSignal(dialog.preview_updated, timeout=5000):
        dialog.edit_actions()
    assert dialog.export_button.isEnabled() and dialog.last_error is None
    assert "Photos of May: stored only" in _text(dialog._rendered.pdf)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
    dialog.flush_preview()
    assert dialog.actions_button.isHidden()


@pytest.mark.usefixtures("english", "sync_tasks")
def test_actions_window_fields_follow_the_kind_and_withdraw(qtbot, store, req):
    pytest.importorskip("pytestqt")
    from studio_dsar.core.studio import Studio
    from studio_dsar.gui.actions_dialog import ActionsDialog

    dialog = ActionsDialog(Studio(store), req.reference, "objection", today=TODAY)
    qtbot.addWidget(dialog)
    assert [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())] == [
        "marketing_stopped", "processing_stopped", "processing_continued"]
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("processing_continued"))
    assert not dialog.grounds_edit.isHidden() and dialog.from_edit.isHidden()
    dialog.what_edit.setText("invoices")
    assert not dialog.record() and "21(1)" in dialog.banner.text.text()
    dialog.grounds_edit.setPlainText("tax retention duty")
    assert dialog.record() and dialog.changed
    assert "tax retention duty" in dialog.table.item(0, 2).text()
    assert dialog.date_edit.maximumDate().toPython() == TODAY  # done, not planned

    told = ActionsDialog(Studio(store), req.reference, "restriction", today=TODAY)
    qtbot.addWidget(told)
    assert [told.kind_combo.itemData(i) for i in range(told.kind_combo.count())] == [
        "restricted", "told_of_restriction", "restriction_lifted"]
    assert told.what_edit.completer() is None
    told.kind_combo.setCurrentIndex(1)
    assert told.what_edit.completer().model().stringList() == ["Brevo SAS"]  # from the processing record

    other = ActionsDialog(Studio(store), req.reference, "rectification", today=TODAY)
    qtbot.addWidget(other)
    assert other.table.rowCount() == 0  # only this letter's actions
    assert not other.from_edit.isHidden() and not other.to_edit.isHidden()
    other.what_edit.setText("citizen number")
    other.from_edit.setText(BSN)
    other.to_edit.setText("x")
    assert not other.record() and "never stored" in other.banner.text.text()

    dialog.table.selectRow(0)
    dialog.withdraw_selected()
    assert dialog.table.rowCount() == 0 and store.actions(req.reference) == []
