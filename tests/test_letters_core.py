"""Response letters: fonts, dates, profile, .eml draft, audit trail, template overrides and the
CLI. Every kind in every language, with its mandatory elements: tests/test_letters_kinds.py."""

from __future__ import annotations

import email
import json
from datetime import date

import pymupdf
import pytest

from studio_dsar.core import deadlines
from studio_dsar.core.errors import InputError, ProfileError
from studio_dsar.core.letters import profile as P
from studio_dsar.core.letters import record as REC
from studio_dsar.core.letters import render as R

# These tests check the wording of messages, so they run with English messages
# (the letters themselves are rendered in the language each test names).
pytestmark = pytest.mark.usefixtures("english")

TODAY = date(2026, 11, 22)
RECEIVED = "2026-11-05"


def _profile(country="NL", **over):
    p = P.default_profile(country)
    p.update(
        legal_name="Fotostudio Lens & Licht B.V.", trade_name="Lens & Licht",
        address="Prinsengracht 263", postcode="1016 GV", city="Amsterdam",
        registration_number="12345678", email="privacy@lensenlicht.nl",
        privacy_contact="Sanne de Vries", website="lensenlicht.nl",
    )
    p["recipients"] = [
        {"name": "Brevo SAS", "purpose": {"nl": "nieuwsbrief", "en": "newsletter"}, "country": "FR"},
        {"name": "Mailchimp (Intuit Inc.)", "purpose": {"nl": "mailings", "en": "mailings"}, "country": "US",
         "safeguards": {"nl": "standaardcontractbepalingen", "en": "standard contractual clauses"}},
    ]
    p.update(over)
    return p


@pytest.fixture
def req(store):
    P.save_profile(store, _profile())
    REC.confirm(store)
    return store.create_request(
        requester_name="Jan Jansen", requester_email="jan@example.nl",
        rights=["access", "erasure"], language="nl", received_at=RECEIVED,
    )


def _text(pdf: bytes) -> str:
    with pymupdf.open("pdf", pdf) as doc:
        return "\n".join(page.get_text() for page in doc)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_access_for_a_belgian_studio_names_the_belgian_authority(store):
    P.save_profile(store, _profile("BE", city="Gent", postcode="9000", registration_number="0123.456.789"))
    REC.confirm(store)
    req = store.create_request(requester_name="An Peeters", requester_email="an@example.be",
                               rights=["access"], language="nl", received_at=RECEIVED)
    text = _flat(_text(R.render_letter(store, req.reference, "access", "nl", today=TODAY)))
    assert "Gegevensbeschermingsautoriteit" in text
    assert "Drukpersstraat 35, 1000 Brussel" in text
    assert "gegevensbeschermingsautoriteit.be" in text
    assert "10 jaar" in text  # Belgian fiscal retention of invoices
    assert "Autoriteit Persoonsgegevens" not in text


def test_access_without_transfers_says_so(store, req):
    p = P.load_profile(store)
    for r in p["recipients"]:
        r["country"] = "NL"
    P.save_profile(store, p)
    REC.confirm(store, "recipients")
    text = _flat(_text(R.render_letter(store, req.reference, "access", "en", today=TODAY)))
    assert "We do not transfer your data to countries outside the European Economic Area" in text


def test_fonts_are_embedded_and_text_selectable(store, req):
    pdf = R.render_letter(store, req.reference, "access", "nl", today=TODAY)
    with pymupdf.open("pdf", pdf) as doc:
        assert doc.page_count >= 2
        seen = set()
        for page in doc:
            fonts = page.get_fonts(full=True)
            assert fonts, "no fonts on page"
            for xref, ext, _type, name, *_rest in fonts:
                assert ext in ("ttf", "otf", "cff"), f"{name} is not an embedded font file ({ext})"
                assert "Noto" in name
                _fname, _fext, _ftype, buffer = doc.extract_font(xref)
                assert buffer and len(buffer) > 1000, f"{name}: no font file embedded"
                seen.add(name)
        assert any("Bold" in n for n in seen)
        assert "Inzage in uw persoonsgegevens" in doc[0].get_text()


def test_metadata_title_and_nothing_personal(store, req):
    pdf = R.render_letter(store, req.reference, "access", "en", today=TODAY)
    with pymupdf.open("pdf", pdf) as doc:
        meta = doc.metadata
    assert meta["title"] == f"Access to your personal data – {req.reference}"
    assert meta["author"] == "" and meta["subject"] == "" and meta["keywords"] == ""
    assert "Jansen" not in json.dumps(meta)


def test_format_date_per_language():
    assert R.format_date(date(2026, 11, 22), "nl") == "22 november 2026"
    assert R.format_date(date(2026, 11, 22), "en") == "22 November 2026"
    assert R.format_date(date(2026, 3, 5), "nl") == "5 maart 2026"


def test_dates_come_from_the_deadline_engine(store, req):
    text = _flat(_text(R.render_letter(store, req.reference, "acknowledgement", "nl", today=TODAY)))
    dl = deadlines.compute(RECEIVED, "NL")
    assert R.format_date(dl.legal_due, "nl") in text  # 5 Dec 2026 is a Saturday: moves to Monday
    assert "7 december 2026" in text
    assert "5 november 2026" in text
    ext = _flat(_text(R.render_letter(store, req.reference, "extension", "en", reason="Many files.", today=TODAY)))
    assert R.format_date(dl.extended_due, "en") in ext


# The notice before lifting a restriction first needs a recorded restriction; its reasons are tested with
# the actions (tests/test_letters_actions.py).
@pytest.mark.parametrize("kind", sorted(R.REASON_REQUIRED - {"restriction_lift"}))
def test_letters_with_reasons_need_them(store, req, kind):
    with pytest.raises(InputError) as exc:
        R.render_letter(store, req.reference, kind, "nl", today=TODAY)
    assert "Art. 12(" in str(exc.value)
    with pytest.raises(InputError):
        R.render_letter(store, req.reference, kind, "nl", reason="   ", today=TODAY)


def test_refusal_reason_from_the_register_is_used(store, req):
    store.set_status(req.reference, "refused", reason="Kennelijk ongegrond verzoek.")
    text = _flat(_text(R.render_letter(store, req.reference, "refusal", "nl", today=TODAY)))
    assert "Kennelijk ongegrond verzoek." in text


def test_edited_blocks_appear_escaped(store, req):
    blocks = {"summary": "Wij hebben:\n- 14 foto's van de shoot <b>op</b> 3 mei\n- uw factuur", "extra": "Tot ziens & dank."}
    text = _flat(_text(R.render_letter(store, req.reference, "access", "nl", blocks=blocks, today=TODAY)))
    assert "14 foto's van de shoot <b>op</b> 3 mei" in text
    assert "Tot ziens & dank." in text


@pytest.mark.parametrize("field", [k for k, _label in P.REQUIRED_FIELDS if k != "country"])
def test_missing_profile_field_names_the_field(store, req, field):
    p = P.load_profile(store)
    p[field] = ""
    store.set_setting(P.SETTING_KEY, p)  # as if saved by an older version
    with pytest.raises(ProfileError) as exc:
        R.render_letter(store, req.reference, "acknowledgement", "nl", today=TODAY)
    # The field's name as the owner reads it, never the internal key.
    assert P.field_label(field) in str(exc.value) and f"({field})" not in str(exc.value)
    with pytest.raises(ProfileError):
        P.save_profile(store, p)


def test_no_profile_yet_gives_profile_error(store):
    req = store.create_request(requester_name="X", requester_email="x@example.nl", rights=["access"],
                               received_at=RECEIVED)
    with pytest.raises(ProfileError) as exc:
        R.render_letter(store, req.reference, "access", "nl", today=TODAY)
    # Every missing field is listed at once, by name.
    assert all(P.field_label(k) in str(exc.value) for k, _label in P.REQUIRED_FIELDS if k != "country")
    assert "legal_name" not in str(exc.value)


def test_import_partial_profile_keeps_the_rest(store, tmp_path):
    path = tmp_path / "profile.json"
    path.write_text(json.dumps({
        "legal_name": "Studio Noord BV", "address": "Kade 1", "postcode": "9711 AA", "city": "Groningen",
        "country": "BE", "registration_number": "0123.456.789", "email": "info@noord.be",
        "privacy_contact": "Piet", "phone": "050 1234567",
        "purposes": [{"purpose": {"nl": "Fotoshoots", "en": "Photo shoots"}, "legal_basis": "contract"}],
    }), encoding="utf-8")
    prof = P.import_profile(store, path)
    assert prof["legal_name"] == "Studio Noord BV" and prof["phone"] == "050 1234567"
    assert [p["purpose"]["nl"] for p in prof["purposes"]] == ["Fotoshoots"]
    assert prof["data_categories"] == [] and prof["recipients"] == []  # never the wizard's generic ones
    assert P.load_profile(store)["country"] == "BE"
    from studio_dsar.core import settings

    assert settings.load(store)["country"] == "BE"
    # Round trip through export.
    out = tmp_path / "out.json"
    P.export_profile(store, out)
    assert json.loads(out.read_text(encoding="utf-8"))["legal_name"] == "Studio Noord BV"


def test_import_rejects_a_file_without_required_keys(store, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(json.dumps({"legal_name": "X", "country": "NL"}), encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        P.import_profile(store, path)
    assert "privacy_contact" in str(exc.value) and "address" in str(exc.value)
    path.write_text(json.dumps(dict.fromkeys(P.IMPORT_REQUIRED_KEYS, "x")), encoding="utf-8")
    with pytest.raises(ProfileError) as exc:
        P.import_profile(store, path)
    assert "NL or BE" in str(exc.value)
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError):
        P.import_profile(store, path)


def test_logo_in_letterhead(store, req, tmp_path):
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 60, 30), False)
    pix.clear_with(90)
    logo = tmp_path / "logo.png"
    logo.write_bytes(pix.tobytes("png"))
    p = P.load_profile(store)
    P.set_logo(p, logo)
    P.save_profile(store, p)
    pdf = R.render_letter(store, req.reference, "acknowledgement", "en", today=TODAY)
    with pymupdf.open("pdf", pdf) as doc:
        assert doc[0].get_images(), "logo not drawn"
        assert not doc[1].get_images() if doc.page_count > 1 else True
    bad = tmp_path / "logo.txt"
    bad.write_text("hello")
    with pytest.raises(InputError):
        P.set_logo(p, bad)


def test_export_writes_pdf_and_eml_and_audits(store, req, tmp_path):
    out, eml = tmp_path / "letters" / "brief.pdf", tmp_path / "brief.eml"
    result = R.export_letter(store, req.reference, "access", "nl", out, eml_path=eml, today=TODAY)
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF") and result.pages >= 2
    assert not [p for p in out.parent.iterdir() if p.name.endswith(".part")]
    msg = email.message_from_bytes(eml.read_bytes())
    assert msg["X-Unsent"] == "1"
    assert "jan@example.nl" in msg["To"]
    assert req.reference in msg["Subject"]
    attachments = [part for part in msg.walk() if part.get_content_type() == "application/pdf"]
    assert [a.get_filename() for a in attachments] == ["brief.pdf", f"{req.reference}-bijlage.pdf"]
    assert attachments[0].get_payload(decode=True) == pdf
    events = [e for e in store.audit_entries(req.id) if e.event == "letter_exported"]
    assert len(events) == 1 and events[0].details["kind"] == "access"
    assert events[0].details["sha256"] == result.sha256
    assert store.letters(req.reference)[0]["filename"] == "brief.pdf"
    assert store.verify_audit() == []


def test_extension_after_the_deadline_warns(store, req):
    late = deadlines.legal_due(RECEIVED, "NL").replace(day=28)
    warnings = R.letter_warnings(store, req.reference, "extension", today=late)
    assert any("Art. 12(3)" in w for w in warnings)
    assert not any("Art. 12(3)" in w for w in R.letter_warnings(store, req.reference, "extension", today=TODAY))


def test_override_template_in_data_folder_is_used(store, req, private_home):
    from studio_dsar.core import paths

    override = paths.templates_override_dir()
    override.mkdir(parents=True, exist_ok=True)
    shipped = (R.shipped_templates_dir() / "objection.en.html").read_text(encoding="utf-8")
    (override / "objection.en.html").write_text(
        shipped.replace("We have dealt with your objection.", "OVERRIDE-MARKER we handled it."), encoding="utf-8")
    store.record_action(req.reference, "marketing_stopped", "newsletter", today=TODAY)
    blocks = {"extra": "No more newsletters."}
    text = _flat(_text(R.render_letter(store, req.reference, "objection", "en", blocks=blocks, today=TODAY)))
    assert "OVERRIDE-MARKER" in text
    nl = _flat(_text(R.render_letter(store, req.reference, "objection", "nl", blocks=blocks, today=TODAY)))
    assert "OVERRIDE-MARKER" not in nl


def test_environment_is_reused_and_an_override_added_later_still_counts(store, req, private_home):
    from studio_dsar.core import paths
    from studio_dsar.core.letters import compose

    store.record_action(req.reference, "marketing_stopped", "newsletter", today=TODAY)
    blocks = {"extra": "No more newsletters."}
    first = _flat(_text(R.render_letter(store, req.reference, "objection", "en", blocks=blocks, today=TODAY)))
    assert compose.environment() is compose.environment()  # templates compiled once, not per letter
    assert "OVERRIDE-MARKER" not in first
    override = paths.templates_override_dir()
    override.mkdir(parents=True, exist_ok=True)
    shipped = (R.shipped_templates_dir() / "objection.en.html").read_text(encoding="utf-8")
    (override / "objection.en.html").write_text(
        shipped.replace("We have dealt with your objection.", "OVERRIDE-MARKER we handled it."), encoding="utf-8")
    later = _flat(_text(R.render_letter(store, req.reference, "objection", "en", blocks=blocks, today=TODAY)))
    assert "OVERRIDE-MARKER" in later


def test_preview_png(store, req):
    png = R.preview_page_png(store, req.reference, "acknowledgement", "nl", dpi=40, today=TODAY)
    assert png.startswith(b"\x89PNG")
    pix = pymupdf.Pixmap(png)
    assert pix.height > pix.width  # portrait A4


def test_unknown_kind_and_language(store, req):
    with pytest.raises(InputError):
        R.render_letter(store, req.reference, "poem", "nl")
    with pytest.raises(InputError):
        R.render_letter(store, req.reference, "access", "de")


def test_cli_letter_and_profile(store, req, tmp_path, capsys):
    from studio_dsar.cli import main

    out = tmp_path / "a.pdf"
    assert main(["letter", req.reference, "--kind", "access", "--lang", "en", "-o", str(out),
                 "--eml", str(tmp_path / "a.eml")]) == 0
    assert out.read_bytes().startswith(b"%PDF") and (tmp_path / "a.eml").exists()
    assert main(["letter", req.reference, "--kind", "refusal", "--lang", "nl", "-o", str(tmp_path / "r.pdf")]) == 2
    assert "art. 12 lid 4" in capsys.readouterr().err  # the CLI speaks Dutch by default
    assert not (tmp_path / "r.pdf").exists()
    assert main(["letter", req.reference, "--kind", "refusal", "--lang", "nl", "--reason", "Geen gegevens.",
                 "-o", str(tmp_path / "r.pdf")]) == 0
    exported = tmp_path / "p.json"
    assert main(["profile", "export", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data = {k: data[k] for k in P.IMPORT_REQUIRED_KEYS}
    data["legal_name"] = "Ander BV"
    exported.write_text(json.dumps(data), encoding="utf-8")
    assert main(["profile", "import", str(exported)]) == 0
    assert main(["profile", "show"]) == 0
    assert "Ander BV" in capsys.readouterr().out


def test_broken_override_template_gives_a_clear_error(store, req):
    from studio_dsar.core import paths

    override = paths.templates_override_dir()
    override.mkdir(parents=True, exist_ok=True)
    (override / "access.nl.html").write_text('{% extends "_layout.html" %}{% block body %}{{ nope }}{% endblock %}',
                                             encoding="utf-8")
    with pytest.raises(InputError) as exc:
        R.render_letter(store, req.reference, "access", "nl", today=TODAY)
    assert "access.nl.html" in str(exc.value) and "nope" in str(exc.value)
    (override / "access.nl.html").write_text("{% if %}", encoding="utf-8")
    with pytest.raises(InputError) as exc:
        R.render_letter(store, req.reference, "access", "nl", today=TODAY)
    assert "line 1" in str(exc.value)


def test_dpo_is_named_when_appointed(store, req):
    p = P.load_profile(store)
    p["dpo"] = "Mr. K. Visser"
    P.save_profile(store, p)
    text = _flat(_text(R.render_letter(store, req.reference, "acknowledgement", "en", today=TODAY)))
    assert "Data protection officer Mr. K. Visser" in text


def test_import_reads_a_logo_path_beside_the_json(store, tmp_path):
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 20), False)
    pix.clear_with(30)
    (tmp_path / "logo.png").write_bytes(pix.tobytes("png"))
    data = dict.fromkeys(P.IMPORT_REQUIRED_KEYS, "x")
    data.update(country="NL", logo="logo.png")
    path = tmp_path / "p.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    prof = P.import_profile(store, path)
    assert P.logo_bytes(prof) == (tmp_path / "logo.png").read_bytes()
    # An exported profile (logo as base64) imports again unchanged.
    out = tmp_path / "again.json"
    P.export_profile(store, out)
    assert P.logo_bytes(P.import_profile(store, out)) == (tmp_path / "logo.png").read_bytes()


def test_cli_templates_copy_makes_an_override(store, req, capsys):
    from studio_dsar.core import paths
    from studio_dsar.cli import main

    assert main(["templates"]) == 0
    out = capsys.readouterr().out
    assert "access.nl.html" in out and str(paths.templates_override_dir()) in out
    assert main(["templates", "--copy", "refusal.en.html"]) == 0
    copy = paths.templates_override_dir() / "refusal.en.html"
    copy.write_text(copy.read_text(encoding="utf-8").replace("Our reasons are", "MY-REASONS"), encoding="utf-8")
    text = _flat(_text(R.render_letter(store, req.reference, "refusal", "en", reason="x", today=TODAY)))
    assert "MY-REASONS" in text
    capsys.readouterr()
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    marked = [ln for ln in lines if ln.strip().startswith("refusal.en.html")]
    assert marked and "(" in marked[0]
    assert not any("(" in ln for ln in lines if ln.strip().startswith("refusal.nl.html"))
    assert main(["templates", "--copy", "nope.html"]) == 3
