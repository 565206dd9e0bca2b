"""Requests, not mentions; four languages; special senders; reminders; corrections.

The sentences are written for this test (not taken from any corpus).
"""

from __future__ import annotations

import json

import pytest

from studio_dsar.core.intake import import_files, import_records, parse_bytes
from studio_dsar.core.intake.classify import detect_language, detect_rights
from studio_dsar.core.intake.mentions import request_part
from studio_dsar.core.intake.sentences import split_sentences

FOUR_LANGUAGES = [
    ("Je souhaite obtenir une copie de toutes les données personnelles que vous détenez sur moi.", {"access"}),
    ("Pourriez-vous supprimer mon adresse et toutes mes données de votre fichier clients ?", {"erasure"}),
    ("Mon nom est mal orthographié dans votre facture et votre base, merci de le corriger.", {"rectification"}),
    ("Merci de retirer la photo de moi publiée sur votre page Instagram.", {"withdraw_consent"}),
    ("Je ne veux plus recevoir votre newsletter.", {"objection"}),
    ("Pouvez-vous m'envoyer mes fichiers et mes données dans un format CSV pour mon nouveau photographe ?",
     {"portability"}),
    ("Ich möchte Auskunft darüber, welche Daten Sie über mich gespeichert haben.", {"access"}),
    ("Bitte löschen Sie alle meine Daten aus Ihrer Kundendatei.", {"erasure"}),
    ("Mein Nachname ist falsch geschrieben, bitte korrigieren Sie ihn.", {"rectification"}),
    ("Ich widerrufe meine Einwilligung zur Veröffentlichung der Fotos.", {"withdraw_consent"}),
    ("Bitte schicken Sie mir keine Werbung mehr.", {"objection"}),
    ("Bitte nehmen Sie das Foto von mir von Ihrer Webseite herunter.", {"withdraw_consent"}),
]


@pytest.mark.parametrize("text,rights", FOUR_LANGUAGES)
def test_french_and_german_requests(text, rights):
    assert set(detect_rights(text).rights) == rights


@pytest.mark.parametrize("text,lang", [
    ("Bonjour, je voudrais savoir quelles données vous avez sur moi. Merci d'avance, cordialement.", "fr"),
    ("Sehr geehrte Damen und Herren, bitte teilen Sie mir mit, welche Daten Sie über mich haben.", "de"),
    ("Hoi, kunnen jullie mijn foto's van de website halen? Groetjes", "nl"),
    ("Hi, could you please take my photos off your website? Thanks", "en"),
    ("Désabonnez-moi.", "fr"),
    ("Löschung SOFORT.", "de"),
    ("Verwijder mijn gegevens. Noémie", "nl"),
])
def test_language_of_four(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("sentence", [
    "I reserve the right to lodge a complaint with the supervisory authority.",
    "Ik behoud mij het recht voor een klacht in te dienen bij de Autoriteit Persoonsgegevens.",
    "Je me réserve le droit de saisir l'autorité de protection des données.",
    "Ich behalte mir vor, Beschwerde bei der Aufsichtsbehörde einzulegen.",
    "You have the right to access, rectify and erase your data and to object to processing.",
    "If you have shared my data with third parties, please tell them about this request.",
    "Insofar as the processing is based on consent, that consent is withdrawn.",
    "You must respond within one month of receipt, as set out in Article 12(3).",
])
def test_mentions_are_not_requests(sentence):
    from studio_dsar.core.intake.text import fold

    assert request_part(fold(sentence)) == ""
    assert detect_rights(sentence).rights == []


def test_an_access_letter_that_lists_the_other_rights_asks_only_for_access():
    letter = (
        "Under Article 15 GDPR I request a copy of my personal data.\n\n"
        "Please also tell me:\n"
        "- the purposes of the processing;\n"
        "- the existence of the right to request rectification, erasure or restriction, or to object;\n"
        "- the right to lodge a complaint with a supervisory authority.\n\n"
        "I expect your answer within one month (Article 12(3)). "
        "I reserve the right to complain to the authority."
    )
    result = detect_rights(letter)
    assert result.rights == ["access"]
    assert result.evidence["access"] == ["Under Article 15 GDPR I request a copy of my personal data."]


def test_a_threat_clause_does_not_cancel_the_request_before_it():
    assert detect_rights("Please delete all my data, otherwise I will complain to the authority.").rights == ["erasure"]


def test_destroying_the_id_copy_is_no_erasure_request():
    text = "Ik verzoek om inzage in mijn gegevens. Ik stuur een kopie van mijn paspoort mee; vernietig die na controle."
    assert detect_rights(text).rights == ["access"]


def test_evidence_is_the_sentences_as_written():
    text = "Hallo!\n\nKunnen jullie mijn foto's van Instagram halen?\nEn graag al mijn gegevens wissen.\n\nGroet"
    result = detect_rights(text)
    assert result.rights == ["erasure", "withdraw_consent"]
    assert result.evidence["withdraw_consent"] == ["Kunnen jullie mijn foto's van Instagram halen?"]
    assert result.evidence["erasure"] == ["En graag al mijn gegevens wissen."]


def test_sentences_keep_german_dates_and_list_items():
    texts = [s.text for s in split_sentences("Einwilligung vom 12. August 2023. Dann:\n- eins\n- zwei")]
    assert texts == ["Einwilligung vom 12. August 2023.", "Dann:", "- eins", "- zwei"]


def _mail(body: str, *, frm: str = "Anna Peeters <anna@example.be>", subject: str = "Vraag",
          msgid: str = "m1@example.be", date: str = "Mon, 4 Mar 2024 10:00:00 +0100") -> bytes:
    return (f"From: {frm}\nTo: studio@example.be\nSubject: {subject}\nDate: {date}\nMessage-ID: <{msgid}>\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body).encode("utf-8")


def test_parent_writing_for_a_child():
    rec = parse_bytes(_mail("Mijn dochter Lotte Peeters (12 jaar) staat op jullie website. "
                            "Willen jullie die foto's van haar weghalen?"), "a.eml")
    assert rec.is_dsar and rec.rights == ["withdraw_consent"]
    assert rec.requester_name == "Lotte Peeters"
    assert rec.requester_email == "anna@example.be"
    assert rec.representative == {"name": "Anna Peeters", "email": "anna@example.be", "relation": "parent"}


def test_lawyer_acting_for_a_client():
    rec = parse_bytes(_mail("Ik schrijf u namens mijn cliënt, de heer Bram Vos. Hij verzoekt u al zijn "
                            "persoonsgegevens te wissen.\n\nMr. K. Claes\nAdvocaat",
                            frm="K. Claes <k.claes@advocaten.example>"), "b.eml")
    assert rec.requester_name == "Bram Vos"
    assert rec.representative["relation"] == "lawyer"


@pytest.mark.parametrize("body", [
    "We booked you for a newborn shoot of our daughter last year.\n\nI'm asking you to restrict processing: keep "
    "the photos of me, but don't publish them until my complaint has been dealt with.",
    "Vorig jaar deden jullie een shoot van onze zoon.\n\nIk wil graag weten welke persoonsgegevens jullie van mij "
    "bewaren en waarvoor.",
])
def test_a_child_in_the_story_does_not_make_the_writer_a_parent_asking_for_it(body):
    rec = parse_bytes(_mail(body), "a.eml")
    assert rec.is_dsar and rec.representative is None and rec.requester_name == "Anna Peeters"


def test_a_child_in_the_ask_without_a_name_still_makes_a_parent():
    rec = parse_bytes(_mail("Vorig jaar deden jullie een shoot van onze zoon. Willen jullie alle foto's van onze "
                            "zoon van de website halen?"), "a.eml")
    assert rec.is_dsar and rec.representative and rec.representative["relation"] == "parent"


@pytest.mark.parametrize("body", [
    "I'm invoking my right to be forgotten. Please erase my client record and all files that show me.",
    "Please close my client account and delete my data.",
])
def test_the_writers_own_client_record_is_no_client_of_a_lawyer(body):
    rec = parse_bytes(_mail(body, frm="Liam Byrne <liam@example.com>"), "a.eml")
    assert rec.is_dsar and rec.representative is None and rec.requester_name == "Liam Byrne"


def test_no_letter_calls_a_writer_the_parent_of_themselves(store):
    # a parent relation read without a named child: the register records no representation, so no
    # letter says "you made this request as the parent of <the writer>"
    rec = parse_bytes(_mail("Mijn dochter staat op jullie website. Willen jullie haar foto's weghalen?"), "a.eml")
    assert rec.representative and rec.representative["relation"] == "parent" and rec.requester_name == "Anna Peeters"
    [out] = import_records([("a.eml", rec)], store)
    assert store.representation(out.reference) is None
    named = parse_bytes(_mail("Mijn dochter Lotte Peeters (12 jaar) staat op jullie website. Willen jullie die "
                              "foto's van haar weghalen?", msgid="m2@example.be"), "b.eml")
    [out] = import_records([("b.eml", named)], store)
    assert store.representation(out.reference) == {"subject_name": "Lotte Peeters", "role": "parent"}


def test_processor_situation_is_flagged():
    rec = parse_bytes(_mail("Mijn werkgever heeft bij jullie teamfoto's laten maken. Ik werk er niet meer; "
                            "verwijder mijn foto en gegevens."), "c.eml")
    assert rec.processor and "processor" in rec.flags


def test_reminder_is_linked_to_the_earlier_request(store):
    first = parse_bytes(_mail("Graag inzage in mijn persoonsgegevens."), "1.eml")
    reminder = parse_bytes(_mail("Ik heb nog steeds geen antwoord op mijn verzoek van vorige maand.",
                                 subject="Herinnering", msgid="m2@example.be",
                                 date="Mon, 8 Apr 2024 10:00:00 +0200"), "2.eml")
    assert reminder.follow_up and reminder.is_dsar
    [o1, o2] = import_records([("1.eml", first), ("2.eml", reminder)], store)
    assert o1.stored and not o2.stored and o2.linked
    assert o2.reference == o1.reference and reminder.follow_up_of == o1.reference
    assert len(store.list_requests()) == 1
    from studio_dsar.core.store import intake

    req = store.get_request(o1.reference)
    assert [m["source_filename"] for m in intake.details(store, req.id).linked_mails] == ["2.eml"]
    assert any(e.event == "follow_up_received" for e in store.audit_entries(req.id))
    # imported again: recognised, not linked twice
    [again] = import_records([("2.eml", parse_bytes(_mail("Ik heb nog steeds geen antwoord.", subject="Herinnering",
                                                          msgid="m2@example.be"), "2.eml"))], store)
    assert again.duplicate and again.reference == o1.reference


def test_reminder_without_earlier_request_is_logged_as_new(store):
    reminder = parse_bytes(_mail("Tweede keer dat ik het vraag: verwijder mijn gegevens."), "r.eml")
    [out] = import_records([("r.eml", reminder)], store)
    assert out.stored and reminder.follow_up and reminder.follow_up_of is None


def test_corrections_before_import_are_audited_and_detected_values_kept(store):
    rec = parse_bytes(_mail("Graag inzage in mijn persoonsgegevens."), "1.eml")
    assert rec.detected["rights"] == ["access"]
    rec.rights = ["access", "erasure"]
    rec.language = "fr"
    [out] = import_records([("1.eml", rec)], store)
    req = store.get_request(out.reference)
    assert req.rights == ["access", "erasure"] and req.language == "fr"
    from studio_dsar.core.store import intake

    details = intake.details(store, req.id)
    assert details.detected["rights"] == ["access"] and details.detected["language"] == "nl"
    assert details.evidence == {"access": ["Graag inzage in mijn persoonsgegevens."]}
    [corr] = [e for e in store.audit_entries(req.id) if e.event == "corrected"]
    assert corr.details["rights"] == {"was": ["access"], "now": ["access", "erasure"]}


def test_cli_json_has_evidence_representative_and_follow_up(tmp_path, capsys):
    from studio_dsar.cli.main import main

    path = tmp_path / "a.eml"
    path.write_bytes(_mail("Namens mijn zoon Tim Peeters: graag al zijn gegevens verwijderen."))
    other = tmp_path / "b.eml"
    other.write_bytes(_mail("Hebben jullie nog plek voor een shoot in juni?", msgid="m9@example.be"))
    assert main(["intake", "--dry-run", "--json", str(path), str(other)]) == 0
    out, err = capsys.readouterr()
    first = json.loads(out.splitlines()[0])
    assert first["evidence"] == {"erasure": ["Namens mijn zoon Tim Peeters: graag al zijn gegevens verwijderen."]}
    assert first["representative"]["relation"] == "parent" and first["requester_name"] == "Tim Peeters"
    assert first["follow_up_of"] is None
    assert str(other) in err  # the mail that is no request is listed, not dropped silently


def test_import_files_stores_intake_details(store, tmp_path):
    path = tmp_path / "a.eml"
    path.write_bytes(_mail("Please delete all my personal data.", frm="Tom <tom@example.com>"))
    [out] = import_files([str(path)], store)
    from studio_dsar.core.store import intake

    assert intake.details(store, store.get_request(out.reference).id).evidence == {
        "erasure": ["Please delete all my personal data."]}


def test_french_outlook_reply_header_cuts_the_quoted_studio_text():
    body = ("Bonjour, merci de supprimer mes données.\n\nCordialement,\nLéa Martin\n\n"
            "De : Studio <studio@example.be>\nEnvoyé : lundi 4 mars 2024 10:00\nÀ : Léa Martin\n"
            "Objet : Votre séance\n\nVous pouvez demander l'accès à vos données et leur portabilité.\n")
    rec = parse_bytes(_mail(body, frm="Léa Martin <lea@example.fr>"), "fr.eml")
    assert rec.rights == ["erasure"] and rec.language == "fr"


def test_german_forward_with_accented_header_names():
    body = ("Bitte kümmern, danke.\n\n---------- Weitergeleitete Nachricht ---------\n"
            "Von: Jonas Weber <jonas.weber@example.de>\nGesendet: Montag, 4. März 2024 10:00\n"
            "An: info@studio.example\nBetreff: Meine Daten\n\n"
            "Sehr geehrte Damen und Herren, bitte löschen Sie alle meine Daten.\n\nMit freundlichen Grüßen\nJonas Weber\n")
    rec = parse_bytes(_mail(body, frm="Kollegin <kollegin@studio.example>", subject="WG: Meine Daten"), "de.eml")
    assert rec.requester_email == "jonas.weber@example.de" and rec.rights == ["erasure"] and rec.language == "de"


def test_french_out_of_office_is_no_request():
    rec = parse_bytes(_mail("Je suis absente jusqu'au 12 mars. Pour toute demande relative à vos données, "
                            "écrivez à info@example.fr.", subject="Absente du bureau"), "ooo.eml")
    assert not rec.is_dsar


@pytest.mark.parametrize("text", [
    "Mon employeur a fait faire des portraits de tout le personnel pour leur site et l'intranet. Supprimez le mien.",
    "Mein Arbeitgeber hat Sie beauftragt, Fotos für unsere Mitarbeiterausweise zu machen. Bitte löschen Sie meins.",
    "The school hired you to take class photos. Please tell me what you keep about my son.",
])
def test_processor_situations_in_other_languages(text):
    from studio_dsar.core.intake import senders

    assert senders.detect(text, None, None).processor


def test_a_dance_school_show_on_the_studio_site_is_no_processor_situation():
    from studio_dsar.core.intake import senders

    text = "Ma fille a dansé au spectacle de son école de danse et je vois ses photos publiées sur votre site."
    assert not senders.detect(text, None, None).processor
