"""Every letter kind in nl, en and fr, and the rules that keep letters true: a confirmed
processing record, a ticked checklist, a real appendix, a confirmed identity."""

from __future__ import annotations

import email
import json
import re
from datetime import date

import pymupdf
import pytest

from studio_dsar.core import deadlines
from studio_dsar.core.errors import InputError, ProfileError, StateError
from studio_dsar.core.letters import checklist as C
from studio_dsar.core.letters import profile as P
from studio_dsar.core.letters import record as REC
from studio_dsar.core.letters import render as R
from studio_dsar.core.letters import words as V

pytestmark = pytest.mark.usefixtures("english")

TODAY = date(2026, 11, 22)
RECEIVED = "2026-11-05"


def named_profile(country="NL", **over):
    p = P.default_profile(country)
    p.update(
        legal_name="Fotostudio Lens & Licht B.V.", trade_name="Lens & Licht",
        address="Prinsengracht 263", postcode="1016 GV", city="Amsterdam",
        registration_number="12345678", email="privacy@lensenlicht.nl",
        privacy_contact="Sanne de Vries", website="lensenlicht.nl",
    )
    p["recipients"] = [
        {"name": "Brevo SAS", "purpose": {"nl": "nieuwsbrief versturen", "en": "sending the newsletter",
                                          "fr": "envoi de la lettre d’information"},
         "country": "FR", "safeguards": ""},
        {"name": "Mailchimp (Intuit Inc.)", "purpose": {"nl": "mailings", "en": "mailings", "fr": "envois"},
         "country": "US", "safeguards": {"nl": "standaardcontractbepalingen (art. 46 AVG)",
                                         "en": "standard contractual clauses (Art. 46 GDPR)",
                                         "fr": "clauses contractuelles types (article 46 du RGPD)"}},
        {"name": "Boekhoudkantoor Jansen", "purpose": {"nl": "boekhouding", "en": "bookkeeping", "fr": "comptabilité"},
         "country": country, "safeguards": ""},
    ]
    p.update(over)
    return p


def confirm_all(store):
    REC.confirm(store)


def tick_all(store, ref, state="done"):
    for place in C.PLACES:
        store.set_checklist_item(ref, place, state)
    for name in ("Brevo SAS", "Mailchimp (Intuit Inc.)", "Boekhoudkantoor Jansen"):
        store.set_checklist_item(ref, C.recipient_place(name), state)


@pytest.fixture
def req(store):
    P.save_profile(store, named_profile())
    confirm_all(store)
    r = store.create_request(requester_name="Jan Jansen", requester_email="jan@example.nl",
                             rights=["access", "erasure"], language="nl", received_at=RECEIVED)
    tick_all(store, r.reference)
    _doubt(store, r.reference)
    record_done(store, r.reference)
    return r


def record_done(store, ref):
    """What was done for a restriction, rectification and objection (those letters state it)."""
    store.record_action(ref, "restricted", "Beperkt-654: foto's van de shoot", done_on="2026-11-20", today=TODAY)
    store.record_action(ref, "corrected", "postadres", value_from="Kerkstraat 1", value_to="Correctie-987 Dorpsstraat 2",
                        done_on="2026-11-21", today=TODAY)
    store.record_action(ref, "marketing_stopped", "Uitkomst-321 nieuwsbrief", done_on="2026-11-19", today=TODAY)


def _doubt(store, ref):
    """The ID-request letter needs a recorded doubt (Art. 12(6)); the letter states it."""
    from studio_dsar.core import idcheck

    idcheck.record_reason(store, ref, "Twijfel-456: onbekend afzendadres.", set_awaiting=False)


def _text(pdf: bytes) -> str:
    with pymupdf.open("pdf", pdf) as doc:
        return " ".join(" ".join(page.get_text().split()) for page in doc)


# Owner's text for the blocks a kind needs before it can be written.
BLOCKS = {
    "extension": {"reason": "Reden-123: veel beelden."},
    "refusal": {"reason": "Reden-123: het verzoek gaat over een ander."},
    "partial_refusal": {"reason": "Reden-123: ruwe bestanden van anderen.", "granted": "Toegekend-456: de bewerkte foto's."},
    "unfounded": {"reason": "Reden-123: vijfde gelijk verzoek deze maand.", "fee": "Vergoeding-789: EUR 25."},
    "restriction_lift": {"reason": "Reden-123: uw adres is gecontroleerd en klopt."},
    "no_data": {"searched": "- klantadministratie\n- mailbox"},
    "processor_forward": {"controller": "Bureau Voorbeeld BV, privacy@voorbeeld.nl"},
}

# The mandatory elements of each kind (its legally required content), per language.
MANDATORY = {
    "acknowledgement": {
        "nl": ["Ontvangstbevestiging", "artikel 12 lid 3 AVG", "inzage", "bezwaar", "kosteloos"],
        "en": ["Acknowledgement", "Article 12(3) GDPR", "access to your data", "objection", "free of charge"],
        "fr": ["Accusé de réception", "article 12, paragraphe 3, du RGPD", "accès", "opposition", "gratuit"],
    },
    "id_request": {
        "nl": ["artikel 12 lid 6 AVG", "e-mailadres dat wij al van u kennen", "pasfoto", "MRZ", "documentnummer",
               "burgerservicenummer (BSN)", "KopieID", "verwijderen haar direct na de controle"],
        "en": ["Article 12(6) GDPR", "e-mail address we already know", "passport photo", "MRZ", "document number",
               "(BSN)", "KopieID", "delete it immediately after the check"],
        "fr": ["article 12, paragraphe 6, du RGPD", "adresse e-mail que nous connaissons", "photo", "MRZ",
               "numéro du document", "BSN", "KopieID", "supprimons immédiatement après la vérification"],
    },
    "extension": {
        "nl": ["twee maanden", "artikel 12 lid 3 AVG", "Waarom wij meer tijd nodig hebben", "Autoriteit Persoonsgegevens"],
        "en": ["two further months", "Article 12(3) GDPR", "Why we need more time", "Autoriteit Persoonsgegevens"],
        "fr": ["deux mois", "article 12, paragraphe 3, du RGPD", "Pourquoi nous avons besoin", "Autoriteit Persoonsgegevens"],
    },
    "access": {
        "nl": ["a. Doeleinden", "b. Categorieën van persoonsgegevens", "c. Ontvangers", "d. Bewaartermijnen",
               "e. Uw rechten", "f. Klacht bij de toezichthouder", "g. Bron van de gegevens",
               "h. Geautomatiseerde besluitvorming", "buiten de Europese Economische Ruimte",
               "Brevo SAS", "Mailchimp (Intuit Inc.)", "standaardcontractbepalingen", "artikel 15 lid 3 AVG",
               "artikel 15 lid 4 AVG", "Autoriteit Persoonsgegevens", "Bijlagen", "-bijlage.pdf"],
        "en": ["a. Purposes", "b. Categories of personal data", "c. Recipients", "d. Retention periods",
               "e. Your rights", "f. Complaint to the supervisory authority", "g. Source of the data",
               "h. Automated decision-making", "outside the European Economic Area", "Brevo SAS",
               "standard contractual clauses", "Article 15(3) GDPR", "Article 15(4) GDPR", "Enclosures",
               "-appendix.pdf"],
        "fr": ["a. Finalités", "b. Catégories de données", "c. Destinataires", "d. Durées de conservation",
               "e. Vos droits", "f. Plainte auprès de l’autorité de contrôle", "g. Source des données",
               "h. Prise de décision automatisée", "Espace économique européen", "Brevo SAS",
               "clauses contractuelles types", "article 15, paragraphe 3, du RGPD",
               "article 15, paragraphe 4, du RGPD", "Annexes", "-annexe.pdf"],
    },
    "portability": {
        "nl": ["artikel 20 AVG", "machineleesbare", "JSON", "CSV", "-export.json", "-export.csv"],
        "en": ["Article 20 GDPR", "machine-readable", "JSON", "CSV", "-export.json", "-export.csv"],
        "fr": ["article 20 du RGPD", "lisible par machine", "JSON", "CSV", "-export.json", "-export.csv"],
    },
    "rectification": {"nl": ["artikel 16 AVG", "artikel 19 AVG", "Correctie-987", "21 november 2026"],
                      "en": ["Article 16 GDPR", "Article 19 GDPR", "Correctie-987", "21 November 2026"],
                      "fr": ["article 16 du RGPD", "article 19 du RGPD", "Correctie-987", "21 novembre 2026"]},
    "erasure": {
        "nl": ["artikel 17 AVG", "klantadministratie", "artikel 19 AVG", "Brevo SAS", "artikel 17 lid 2 AVG",
               "portfolio"],
        "en": ["Article 17 GDPR", "client administration", "Article 19 GDPR", "Brevo SAS", "Article 17(2) GDPR",
               "portfolio"],
        "fr": ["article 17 du RGPD", "administration clients", "article 19 du RGPD", "Brevo SAS",
               "article 17, paragraphe 2, du RGPD", "portfolio"],
    },
    "restriction": {"nl": ["artikel 18 AVG", "artikel 18 lid 3 AVG", "Beperkt-654", "sinds 20 november 2026"],
                    "en": ["Article 18 GDPR", "Article 18(3) GDPR", "Beperkt-654", "since 20 November 2026"],
                    "fr": ["article 18 du RGPD", "article 18, paragraphe 3, du RGPD", "Beperkt-654",
                           "depuis le 20 novembre 2026"]},
    "restriction_lift": {"nl": ["artikel 18 AVG", "artikel 18 lid 3 AVG", "Beperkt-654", "sinds 20 november 2026",
                                "Reden-123", "Autoriteit Persoonsgegevens"],
                         "en": ["Article 18 GDPR", "Article 18(3) GDPR", "Beperkt-654", "since 20 November 2026",
                                "Reden-123", "Autoriteit Persoonsgegevens"],
                         "fr": ["article 18 du RGPD", "article 18, paragraphe 3, du RGPD", "Beperkt-654",
                                "depuis le 20 novembre 2026", "Reden-123", "Autoriteit Persoonsgegevens"]},
    "objection": {
        "nl": ["artikel 21 AVG", "direct marketing", "zonder voorwaarden", "Uitkomst-321"],
        "en": ["Article 21 GDPR", "direct marketing", "without conditions", "Uitkomst-321"],
        "fr": ["article 21 du RGPD", "prospection", "sans conditions", "Uitkomst-321"],
    },
    "withdraw_consent": {
        "nl": ["artikel 7 lid 3 AVG", "portfolio", "mediakanalen", "Brevo SAS"],
        "en": ["Article 7(3) GDPR", "portfolio", "social media", "Brevo SAS"],
        "fr": ["article 7, paragraphe 3, du RGPD", "portfolio", "réseaux sociaux", "Brevo SAS"],
    },
    "no_data": {
        "nl": ["geen persoonsgegevens over u gevonden", "artikel 15 lid 1 AVG", "klantadministratie", "Autoriteit Persoonsgegevens"],
        "en": ["found no personal data about you", "Article 15(1) GDPR", "klantadministratie", "Autoriteit Persoonsgegevens"],
        "fr": ["aucune donnée à caractère personnel", "article 15, paragraphe 1, du RGPD", "klantadministratie",
               "Autoriteit Persoonsgegevens"],
    },
    "partial_refusal": {
        "nl": ["gedeeltelijk", "Toegekend-456", "Reden-123", "artikel 12 lid 4 AVG", "Autoriteit Persoonsgegevens",
               "zes weken"],
        "en": ["in part", "Toegekend-456", "Reden-123", "Article 12(4) GDPR", "Autoriteit Persoonsgegevens", "six weeks"],
        "fr": ["en partie", "Toegekend-456", "Reden-123", "article 12, paragraphe 4, du RGPD",
               "Autoriteit Persoonsgegevens", "six semaines"],
    },
    "refusal": {
        "nl": ["De redenen daarvoor zijn", "artikel 12 lid 4 AVG", "Autoriteit Persoonsgegevens",
               "autoriteitpersoonsgegevens.nl", "zes weken na ontvangst van ons besluit"],
        "en": ["Our reasons are", "Article 12(4) GDPR", "Autoriteit Persoonsgegevens",
               "autoriteitpersoonsgegevens.nl", "six weeks of receiving our decision"],
        "fr": ["Nos motifs sont", "article 12, paragraphe 4, du RGPD", "Autoriteit Persoonsgegevens",
               "autoriteitpersoonsgegevens.nl", "six semaines suivant la réception de notre décision"],
    },
    "unfounded": {
        "nl": ["kennelijk ongegrond of buitensporig", "artikel 12 lid 5 AVG", "redelijke vergoeding", "Vergoeding-789",
               "artikel 12 lid 4 AVG"],
        "en": ["manifestly unfounded or excessive", "Article 12(5) GDPR", "reasonable fee", "Vergoeding-789",
               "Article 12(4) GDPR"],
        "fr": ["manifestement infondée ou excessive", "article 12, paragraphe 5, du RGPD", "frais raisonnables",
               "Vergoeding-789", "article 12, paragraphe 4, du RGPD"],
    },
    "identity_not_verified": {
        "nl": ["artikel 12 lid 6 AVG", "geen definitieve afwijzing", "e-mailadres dat wij al van u kennen",
               "Autoriteit Persoonsgegevens"],
        "en": ["Article 12(6) GDPR", "not a final refusal", "e-mail address we already know", "Autoriteit Persoonsgegevens"],
        "fr": ["article 12, paragraphe 6, du RGPD", "pas d’un refus définitif", "adresse e-mail que nous connaissons",
               "Autoriteit Persoonsgegevens"],
    },
    "processor_forward": {
        "nl": ["verwerker", "artikel 28 lid 3 onder e AVG", "Bureau Voorbeeld BV"],
        "en": ["processor", "Article 28(3)(e) GDPR", "Bureau Voorbeeld BV"],
        "fr": ["sous-traitant", "article 28, paragraphe 3, point e), du RGPD", "Bureau Voorbeeld BV"],
    },
}


def test_the_table_covers_every_kind_and_language():
    assert set(MANDATORY) == set(V.KINDS)
    for kind, langs in MANDATORY.items():
        assert set(langs) == set(V.LANGS), kind


def _enclosed(text: str, lang: str) -> list[str]:
    low = text.lower()
    return [w for w in V.ENCLOSED_WORDS[lang] if w in low]


@pytest.mark.parametrize("lang", V.LANGS)
@pytest.mark.parametrize("kind", V.KINDS)
def test_every_kind_renders_with_its_mandatory_elements(store, req, kind, lang):
    pdf = R.render_letter(store, req.reference, kind, lang, blocks=BLOCKS.get(kind), today=TODAY)
    text = _text(pdf)
    for needle in MANDATORY[kind][lang]:
        assert needle in text, f"{kind}/{lang}: missing {needle!r}"
    for needle in ("Lens & Licht", "Prinsengracht 263", "Jan Jansen", "jan@example.nl", req.reference,
                   "Sanne de Vries", "12345678"):
        assert needle in text, f"{kind}/{lang}: missing {needle!r}"
    assert V.format_date(TODAY, lang) in text
    assert {"nl": "Pagina 1 van", "en": "Page 1 of", "fr": "Page 1 sur"}[lang] in text
    assert {"nl": "Betreft:", "en": "Subject:", "fr": "Objet :"}[lang] in text
    for bad in ("{{", "}}", "{%", "%}", "None", "undefined", "[]"):
        assert bad not in text, f"{kind}/{lang}: unfilled placeholder {bad!r}"
    glued = re.findall(r"\w\)\w|[a-zë]\.[A-Z][a-z]", text)
    assert not glued, f"{kind}/{lang}: words glued together: {glued}"
    # "Enclosed" only where something is: the appendix kinds always carry one.
    if kind in V.MAKES_APPENDIX:
        assert _enclosed(text, lang), f"{kind}/{lang}: the enclosure is not mentioned"
    else:
        assert not _enclosed(text, lang), f"{kind}/{lang}: says enclosed without an appendix"


@pytest.mark.parametrize("lang", V.LANGS)
def test_enclosed_only_with_an_attachment(store, req, lang, tmp_path):
    blocks = BLOCKS["partial_refusal"]
    bare = _text(R.render_letter(store, req.reference, "partial_refusal", lang, blocks=blocks, today=TODAY))
    assert not _enclosed(bare, lang)
    photo = tmp_path / "shoot-3-mei.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    letter = R.build_letter(store, req.reference, "partial_refusal", lang, blocks=blocks, attach=[photo], today=TODAY)
    text = _text(R.letter_pdf(letter))
    assert _enclosed(text, lang) and "shoot-3-mei.jpg" in text


def test_files_only_go_with_letters_that_take_them(store, req, tmp_path):
    f = tmp_path / "x.jpg"
    f.write_bytes(b"x")
    with pytest.raises(InputError):
        R.build_letter(store, req.reference, "acknowledgement", "nl", attach=[f], today=TODAY)
    with pytest.raises(InputError):
        R.build_letter(store, req.reference, "access", "nl", attach=[tmp_path / "missing.jpg"], today=TODAY)


# -- the processing record --------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(V.NEEDS_CONFIRMED_RECORD))
def test_an_unconfirmed_record_blocks_access_and_erasure(store, kind):
    P.save_profile(store, named_profile())
    r = store.create_request(requester_name="A", requester_email="a@example.nl", rights=["access"],
                             received_at=RECEIVED)
    tick_all(store, r.reference)
    with pytest.raises(ProfileError) as exc:
        R.render_letter(store, r.reference, kind, "nl", today=TODAY)
    for section in REC.SECTIONS:
        assert REC.section_label(section) in str(exc.value)
    # Other letters do not need the record.
    R.render_letter(store, r.reference, "acknowledgement", "nl", today=TODAY)
    REC.confirm(store, "purposes")
    with pytest.raises(ProfileError) as exc:
        R.render_letter(store, r.reference, kind, "nl", today=TODAY)
    assert REC.section_label("purposes") not in str(exc.value)
    assert REC.section_label("recipients") in str(exc.value)
    REC.confirm(store)
    R.render_letter(store, r.reference, kind, "nl", today=TODAY)
    # An edit after the confirmation makes that section unconfirmed again.
    p = P.load_profile(store)
    p["sources"] = {"nl": "Van u en van uw werkgever.", "en": "From you and your employer."}
    P.save_profile(store, p)
    with pytest.raises(ProfileError) as exc:
        R.render_letter(store, r.reference, kind, "nl", today=TODAY)
    assert REC.section_label("sources") in str(exc.value)
    assert REC.section_label("purposes") not in str(exc.value)


def test_generic_recipients_cannot_be_confirmed(store):
    P.save_profile(store, named_profile(recipients=P.default_profile("NL")["recipients"]))
    with pytest.raises(ProfileError) as exc:
        REC.confirm(store, "recipients")
    assert "Mailing service" in str(exc.value)
    REC.confirm(store, "purposes")
    assert [e for e in store.audit_entries() if e.event == "record_confirmed"]


def test_partial_import_leaves_record_sections_empty(store, tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({
        "legal_name": "Studio Noord BV", "address": "Kade 1", "postcode": "9711 AA", "city": "Groningen",
        "country": "BE", "registration_number": "0123.456.789", "email": "info@noord.be",
        "privacy_contact": "Piet",
    }), encoding="utf-8")
    prof = P.import_profile(store, path)
    assert prof["purposes"] == [] and prof["data_categories"] == [] and prof["recipients"] == []
    assert not P.loc(prof["sources"], "nl")
    status = REC.status(prof, store.record_confirmations())
    assert all(not s["confirmed"] for s in status.values())
    with pytest.raises(ProfileError):
        REC.confirm(store, "purposes")  # empty: nothing to confirm


# -- checklists ---------------------------------------------------------------------------------
def test_erasure_states_exactly_what_was_ticked(store, req):
    store.conn.execute("DELETE FROM erasure_checklist")
    with pytest.raises(StateError) as exc:
        R.render_letter(store, req.reference, "erasure", "nl", today=TODAY)
    assert "Client administration" in str(exc.value)
    ref = req.reference
    store.set_checklist_item(ref, "client_admin", "kept", "tax_records")
    store.set_checklist_item(ref, "mailbox", "done")
    for place in ("image_archive", "portfolio_site", "social_media", "public_copies"):
        store.set_checklist_item(ref, place, "none")
    store.set_checklist_item(ref, "backups", "kept", "backup_cycle")
    store.set_checklist_item(ref, C.recipient_place("Brevo SAS"), "done")
    store.set_checklist_item(ref, C.recipient_place("Mailchimp (Intuit Inc.)"), "none")
    with pytest.raises(StateError) as exc:
        R.render_letter(store, ref, "erasure", "nl", today=TODAY)
    assert "Boekhoudkantoor Jansen" in str(exc.value)
    store.set_checklist_item(ref, C.recipient_place("Boekhoudkantoor Jansen"), "kept", "tax_records")
    text = _text(R.render_letter(store, ref, "erasure", "nl", today=TODAY))
    assert "Wij hebben uw gegevens verwijderd uit onze mailbox." in text
    assert "7 jaar" in text and "artikel 17 lid 3 onder b AVG" in text
    assert "Brevo SAS." in text and "Mailchimp" not in text
    assert "Boekhoudkantoor Jansen bewaart uw gegevens" in text
    assert "beeldarchief" not in text and "klantadministratie:" in text
    # Nothing was made public: Art. 17(2) is not claimed.
    assert "17 lid 2" not in text
    events = [e for e in store.audit_entries(req.id) if e.event == "checklist_ticked"]
    assert events and {"place", "state"} <= set(events[-1].details)


def test_article_17_2_is_about_published_images(store, req):
    text = _text(R.render_letter(store, req.reference, "erasure", "en", today=TODAY))
    assert "made images or data of yours public through our portfolio site and our social media channels" in text
    assert "Article 17(2) GDPR" in text
    store.set_checklist_item(req.reference, "public_copies", "none")
    text = _text(R.render_letter(store, req.reference, "erasure", "en", today=TODAY))
    assert "Article 17(2)" not in text
    assert "Article 19 GDPR" in text  # processors are told under Art. 19, not 17(2)


def test_checklist_rejects_kept_without_ground(store, req):
    with pytest.raises(InputError):
        store.set_checklist_item(req.reference, "mailbox", "kept")
    with pytest.raises(InputError):
        store.set_checklist_item(req.reference, "attic", "done")


def test_belgian_tax_retention_is_ten_years(store):
    P.save_profile(store, named_profile("BE", city="Gent", postcode="9000", registration_number="0123.456.789"))
    confirm_all(store)
    r = store.create_request(requester_name="An Peeters", requester_email="an@example.be",
                             rights=["erasure"], language="fr", received_at=RECEIVED)
    tick_all(store, r.reference)
    store.set_checklist_item(r.reference, "client_admin", "kept", "tax_records")
    text = _text(R.render_letter(store, r.reference, "erasure", None, today=TODAY))
    assert "10 ans" in text and "article 315 CIR 92" in text
    assert "Effacement de vos données" in text  # the request's language chose French


# -- identity, dates, authorities ---------------------------------------------------------------
def test_access_waits_for_the_identity_asked_for(store, req, tmp_path):
    R.export_letter(store, req.reference, "id_request", "nl", tmp_path / "id.pdf", today=TODAY)
    with pytest.raises(StateError):
        R.render_letter(store, req.reference, "access", "nl", today=TODAY)
    with pytest.raises(StateError):
        R.render_letter(store, req.reference, "portability", "nl", today=TODAY)
    store.confirm_identity(req.reference, "known_email")
    R.render_letter(store, req.reference, "access", "nl", today=TODAY)


def test_promised_date_is_never_a_sunday_or_holiday(store, req):
    # Received Thursday 27 Nov 2025: 28 days later is Thursday 25 Dec (Christmas).
    r = store.create_request(requester_name="K", requester_email="k@example.nl", rights=["access"],
                             received_at="2025-11-27")
    text = _text(R.render_letter(store, r.reference, "acknowledgement", "nl", today=date(2025, 11, 28)))
    assert "uiterlijk op 24 december 2025" in text
    for day in range(1, 400):
        received = date.fromordinal(date(2026, 1, 1).toordinal() + day)
        dl = deadlines.compute(received, "NL")
        from studio_dsar.core.letters.compose import _working_day_on_or_before

        promised = _working_day_on_or_before(dl.promised_due, "NL")
        assert deadlines.is_working_day(promised, "NL")


def test_overdue_acknowledgement_promises_no_past_date(store, req):
    late = date(2026, 12, 20)
    letter = R.build_letter(store, req.reference, "acknowledgement", "en", today=late)
    text = _text(R.letter_pdf(letter))
    assert "has passed on 7 December 2026" in text
    assert "no later than" not in text
    assert any("overdue" in w for w in letter.warnings)


def test_belgian_letters_never_point_to_kopieid(store):
    P.save_profile(store, named_profile("BE", city="Gent", postcode="9000", registration_number="0123.456.789"))
    r = store.create_request(requester_name="An", requester_email="an@example.be", rights=["access"],
                             received_at=RECEIVED)
    _doubt(store, r.reference)
    for lang in V.LANGS:
        text = _text(R.render_letter(store, r.reference, "id_request", lang, today=TODAY))
        assert "Twijfel-456" in text and "itsme" in text
        assert "KopieID" not in text
        assert {"nl": "rijksregisternummer", "en": "national register number", "fr": "registre national"}[lang] in text


def test_french_letter_for_a_belgian_studio_names_the_gba_in_french(store):
    P.save_profile(store, named_profile("BE", city="Gent", postcode="9000", registration_number="0123.456.789"))
    confirm_all(store)
    r = store.create_request(requester_name="Luc", requester_email="luc@example.be", rights=["access"],
                             language="fr", received_at=RECEIVED)
    text = _text(R.render_letter(store, r.reference, "access", None, today=TODAY))
    assert "Autorité de protection des données" in text
    assert "Rue de la Presse 35, 1000 Bruxelles" in text
    assert "autoriteprotectiondonnees.be" in text
    assert "président du tribunal de première instance" in text
    assert "Gegevensbeschermingsautoriteit" not in text and "six semaines" not in text
    assert "Madame, Monsieur," in text


def test_court_period_runs_from_the_decision(store, req):
    text = _text(R.render_letter(store, req.reference, "refusal", "nl", blocks=BLOCKS["refusal"], today=TODAY))
    assert "zes weken na ontvangst van ons besluit op uw verzoek" in text
    assert "na ontvangst van deze brief" not in text


def test_identity_not_verified_cites_12_6_only(store, req):
    for lang in V.LANGS:
        text = _text(R.render_letter(store, req.reference, "identity_not_verified", lang, today=TODAY))
        assert "11(2)" not in text and "11 lid 2" not in text and "article 11" not in text


def test_letter_to_a_parent_names_the_child(store, req):
    store.set_representation(req.reference, "Lotte Jansen", "parent")
    text = _text(R.render_letter(store, req.reference, "acknowledgement", "nl", today=TODAY))
    assert "als ouder of voogd van Lotte Jansen" in text
    text = _text(R.render_letter(store, req.reference, "acknowledgement", "fr", today=TODAY))
    assert "parent ou tuteur de Lotte Jansen" in text
    store.set_representation(req.reference, None, None)
    assert "Lotte" not in _text(R.render_letter(store, req.reference, "acknowledgement", "nl", today=TODAY))


# -- appendix, export, e-mail draft ----------------------------------------------------------------
def test_access_export_carries_the_appendix_and_the_owners_files(store, req, tmp_path):
    photo = tmp_path / "IMG_0042.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"1" * 500)
    out, eml = tmp_path / "out" / "brief.pdf", tmp_path / "out" / "brief.eml"
    result = R.export_letter(store, req.reference, "access", "nl", out, eml_path=eml, attach=[photo], today=TODAY)
    text = _text(out.read_bytes())
    assert "IMG_0042.jpg" in text and f"{req.reference}-bijlage.pdf" in text
    appendix = out.parent / f"{req.reference}-bijlage.pdf"
    assert appendix in result.enclosure_paths
    atext = _text(appendix.read_bytes())
    assert "Jan Jansen" in atext and "jan@example.nl" in atext and req.reference in atext
    msg = email.message_from_bytes(eml.read_bytes())
    names = [p.get_filename() for p in msg.walk() if p.get_filename()]
    assert names == ["brief.pdf", f"{req.reference}-bijlage.pdf", "IMG_0042.jpg"]
    files = {p.get_filename(): p.get_payload(decode=True) for p in msg.walk() if p.get_filename()}
    assert files["IMG_0042.jpg"] == photo.read_bytes()
    assert files["brief.pdf"] == out.read_bytes()
    sent = store.letters(req.reference)[-1]
    assert {e["filename"] for e in json.loads(sent["enclosures"])} == {f"{req.reference}-bijlage.pdf", "IMG_0042.jpg"}
    assert store.verify_audit() == []


def test_portability_exports_json_and_csv(store, req, tmp_path):
    out, eml = tmp_path / "p.pdf", tmp_path / "p.eml"
    R.export_letter(store, req.reference, "portability", "en", out, eml_path=eml, today=TODAY)
    data = json.loads((tmp_path / f"{req.reference}-export.json").read_text(encoding="utf-8"))
    assert data["requests"][0]["reference"] == req.reference
    assert data["requests"][0]["email"] == "jan@example.nl"
    csv_text = (tmp_path / f"{req.reference}-export.csv").read_text(encoding="utf-8-sig")
    assert csv_text.startswith("section,item,field,value") and "jan@example.nl" in csv_text
    msg = email.message_from_bytes(eml.read_bytes())
    types = [p.get_content_type() for p in msg.walk() if p.get_filename()]
    assert types == ["application/pdf", "application/json", "text/csv"]


def test_preview_and_export_use_the_same_rendering(store, req, tmp_path):
    rendered = R.render(store, req.reference, "access", "en", today=TODAY)
    pngs = rendered.page_pngs(width=700)
    assert len(pngs) == rendered.pages >= 2
    assert pymupdf.Pixmap(pngs[-1]).width == 700
    result = R.export_letter(store, req.reference, "access", "en", tmp_path / "a.pdf", rendered=rendered)
    assert (tmp_path / "a.pdf").read_bytes() == rendered.pdf and result.sha256 == rendered.sha256


def test_cli_letter_attach_confirm_and_show(store, tmp_path, capsys):
    from studio_dsar.cli import main

    P.save_profile(store, named_profile())
    r = store.create_request(requester_name="Jan", requester_email="jan@example.nl", rights=["access"],
                             language="fr", received_at=RECEIVED)
    assert main(["profile", "show", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["confirmed"] == dict.fromkeys(REC.SECTIONS, False)
    out = tmp_path / "a.pdf"
    assert main(["letter", r.reference, "--kind", "access", "-o", str(out)]) == 5
    assert capsys.readouterr().err.strip() and not out.exists()
    assert main(["profile", "confirm", "--section", "purposes"]) == 0
    assert main(["profile", "confirm"]) == 0
    capsys.readouterr()
    assert main(["profile", "show", "--json"]) == 0
    assert all(json.loads(capsys.readouterr().out)["confirmed"].values())
    photo = tmp_path / "foto.jpg"
    photo.write_bytes(b"\xff\xd8\xff0")
    assert main(["letter", r.reference, "--kind", "access", "--attach", str(photo), "--eml", str(tmp_path / "a.eml"),
                 "-o", str(out)]) == 0
    assert "Accès à vos données" in _text(out.read_bytes())  # French from the request's language
    msg = email.message_from_bytes((tmp_path / "a.eml").read_bytes())
    assert "foto.jpg" in [p.get_filename() for p in msg.walk()]
    assert main(["letter", r.reference, "--kind", "no_data", "--lang", "en", "-o", str(tmp_path / "n.pdf")]) == 2


def test_cli_checklist_identity_and_representation(store, req, tmp_path, capsys):
    from studio_dsar.cli import main

    store.conn.execute("DELETE FROM erasure_checklist")
    assert main(["checklist", req.reference, "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["place"] for r in rows} >= set(C.PLACES) and all(r["state"] is None for r in rows)
    assert main(["checklist", req.reference, "client_admin", "kept"]) == 2  # a kept place needs its ground
    assert main(["checklist", req.reference, "client_admin", "kept", "--ground", "tax_records"]) == 0
    assert store.checklist(req.reference)["client_admin"] == {
        "state": "kept", "ground": "tax_records", "note": "", "updated_at": store.checklist(req.reference)[
            "client_admin"]["updated_at"]}
    assert main(["representation", req.reference, "--name", "Lotte Jansen", "--role", "parent"]) == 0
    assert store.representation(req.reference) == {"subject_name": "Lotte Jansen", "role": "parent"}
    assert main(["representation", req.reference, "--clear"]) == 0
    assert store.representation(req.reference) is None
    R.export_letter(store, req.reference, "id_request", "nl", tmp_path / "id.pdf", today=TODAY)
    assert main(["letter", req.reference, "--kind", "access", "--lang", "en", "-o", str(tmp_path / "a.pdf")]) == 4
    assert main(["identity", req.reference, "--confirmed-by", "known_email"]) == 0
    assert main(["letter", req.reference, "--kind", "access", "--lang", "en", "-o", str(tmp_path / "a.pdf")]) == 0
    assert (tmp_path / f"{req.reference}-appendix.pdf").exists()


def test_french_email_draft(store, req, tmp_path):
    eml = tmp_path / "f.eml"
    R.export_letter(store, req.reference, "acknowledgement", "fr", tmp_path / "f.pdf", eml_path=eml, today=TODAY)
    msg = email.message_from_bytes(eml.read_bytes())
    body = msg.get_body(("plain",)) if hasattr(msg, "get_body") else None
    text = (body or next(p for p in msg.walk() if p.get_content_type() == "text/plain")).get_payload(decode=True)
    text = text.decode("utf-8")
    assert "Madame, Monsieur," in text and "ci-joint" in text and "annexes" not in text


def test_a_heading_is_never_left_alone_at_a_page_foot():
    from studio_dsar.core.letters import pdf as LP

    css = "h2 { font-size: 12pt; font-weight: bold; } p { margin: 0 0 6pt 0; }"
    stranded = 0
    for n in range(60):  # push the heading down line by line until it lands at the page foot
        html = "<p>" + "lorem ipsum " * 120 + "</p>" + "<p>x</p>" * n + "<h2>HEADING-X</h2><p>" + "after " * 200 + "</p>"
        if LP._orphan_headings(LP._story_pdf(html, css, None)) != ["HEADING-X"]:
            continue
        stranded += 1
        with pymupdf.open("pdf", LP._story_pdf_kept(html, css, None)) as doc:
            assert "HEADING-X" not in doc[0].get_text() and "HEADING-X" in doc[1].get_text()
    assert stranded  # the plain layout did strand it at least once


def test_access_warns_that_the_owners_notes_go_in_the_appendix(store, req):
    assert not any("notes" in w for w in R.build_letter(store, req.reference, "access", "en", today=TODAY).warnings)
    store.update_request(req.reference, notes="Called twice, friendly.")
    letter = R.build_letter(store, req.reference, "access", "en", today=TODAY)
    assert any("notes" in w for w in letter.warnings)
    rendered = R.layout(letter)
    with pymupdf.open("pdf", rendered.enclosures[0].data) as doc:
        assert "Called twice, friendly." in doc[0].get_text()


def test_greeting_and_signature_stay_together():
    from studio_dsar.core.letters import pdf as LP

    css = "p { margin: 0 0 6pt 0; } p.signature { margin-top: 26pt; }"
    split = 0
    for n in range(60):
        html = ("<p>" + "lorem ipsum " * 120 + "</p>" + "<p>x</p>" * n +
                '<div class="closing"><p>Kind regards,</p><p class="signature">Sanne</p></div>')
        if not LP._closing_split(LP._story_pdf(html, css, None), "Kind regards,"):
            continue
        split += 1
        with pymupdf.open("pdf", LP._story_pdf_kept(html, css, None, "Kind regards,")) as doc:
            assert "Kind regards," not in doc[0].get_text() and "Sanne" in doc[1].get_text()
    assert split


def test_the_register_extract_holds_only_this_persons_requests(store, req):
    """A family shares one address: the access appendix must not show a housemate's request."""
    from studio_dsar.core.letters.appendix import person_data

    same = store.create_request(requester_name="jan  JANSEN", requester_email="JAN@example.nl",
                                rights=["erasure"], language="nl", received_at=RECEIVED)
    housemate = store.create_request(requester_name="Marie Jansen", requester_email="jan@example.nl",
                                     rights=["access"], language="nl", received_at=RECEIVED)
    refs = {r["reference"] for r in person_data(store, store.get_request(req.reference))["requests"]}
    assert refs == {req.reference, same.reference}
    assert housemate.reference not in refs
