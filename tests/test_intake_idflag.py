"""The ID flag on a few real-looking pictures: scans and phone photos of the corpus's identity
documents (fronts, backs, a passport, PDFs with and without a text layer) against pictures a
studio receives that are not one (portfolio shots, a printed portrait on a table, a screenshot
of a privacy notice that names the identity card and the passport, a photo of a letter, an
invoice as PDF). The whole-corpus figures are in ``benchmarks/idflag_eval.py``.
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO, corpus_dir

from studio_dsar.core.intake import attachments as att

# (file, the cue that must fire): each cue of the check is exercised at least once
ID_SCANS = [
    ("0004.jpg", "face_on_card"),  # a Dutch passport scanned on A4: its portrait, found before any reading
    ("0008.jpg", "mrz"),  # a Belgian eID back: its machine-readable zone
    ("0012.jpg", "labels"),  # a Belgian eID front, tilted, under a shadow: its title and field labels
    ("0013.pdf", "mrz"),  # a Dutch card back scanned to PDF, no text layer
    ("0015.pdf", "text_layer"),  # a PDF with the scanner app's text layer
]


@pytest.fixture(scope="module")
def negatives():
    corpus_dir("idscans")
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from idflag_negatives import negatives as make
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    picked: dict[str, tuple[str, str, bytes]] = {}
    for name, kind, ctype, data in make(seed=5, per_kind=2):
        picked.setdefault(kind, (name, ctype, data))
    return picked


@pytest.mark.corpus
@pytest.mark.parametrize("name, cue", ID_SCANS)
def test_identity_documents_are_flagged_from_their_content(name, cue):
    path = corpus_dir("idscans") / "dev" / name
    ctype = "application/pdf" if name.endswith(".pdf") else "image/jpeg"
    ev = att.id_evidence(path.read_bytes(), ctype, "IMG_0001" + path.suffix)
    assert ev.is_id, str(ev)
    assert getattr(ev, cue), f"{cue} expected: {ev}"
    # and as an attachment with a camera-style name and no words in the mail about it
    assert att.looks_like_id("IMG_0001" + path.suffix, ctype, path.read_bytes())


@pytest.mark.corpus
@pytest.mark.parametrize("kind", ["portfolio", "portrait_print", "screenshot", "letter_photo", "invoice_pdf"])
def test_other_pictures_are_not_flagged(negatives, kind):
    name, ctype, data = negatives[kind]
    ev = att.id_evidence(data, ctype, name)
    assert not ev.is_id, f"{kind}: {ev}"
    assert not att.looks_like_id(name, ctype, data)


@pytest.mark.corpus
def test_privacy_notice_naming_the_documents_is_not_one():
    """Document titles on a screen of text, without a card, a face or a field label, do not count."""
    import io

    from PIL import Image, ImageDraw, ImageFont

    from studio_dsar.core.intake.attachments import id_evidence

    im = Image.new("RGB", (1440, 900), "white")
    d = ImageDraw.Draw(im)
    font = ImageFont.truetype(str(REPO / "studio_dsar" / "resources" / "fonts" / "NotoSans-Regular.ttf"), 26)
    for i, line in enumerate(["Privacyverklaring", "Wij vragen nooit om een kopie van uw identiteitskaart",
                              "of paspoort. We never ask for your passport or identity card.",
                              "Nous ne demandons jamais votre carte d'identité.",
                              "Wir verlangen keinen Personalausweis und keinen Reisepass."]):
        d.text((60, 80 + 60 * i), line, fill="black", font=font)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    ev = id_evidence(buf.getvalue(), "image/png", "Screenshot.png")
    assert ev.ocr and ev.titles >= 2, str(ev)  # the words were read ...
    assert not ev.is_id, str(ev)  # ... and are not enough


@pytest.mark.corpus
def test_a_card_back_is_settled_by_reading_its_mrz_band_alone(monkeypatch):
    """The cheap cues come first: on a card back only the machine-readable band is read, not the card."""
    from studio_dsar.core.redaction import ocr

    seen: list[tuple[int, int]] = []
    run_quick = ocr.run_quick

    def spy(img, *args, **kwargs):
        seen.append(img.shape[:2])
        return run_quick(img, *args, **kwargs)

    monkeypatch.setattr(ocr, "run_quick", spy)
    data = (corpus_dir("idscans") / "dev" / "0008.jpg").read_bytes()
    ev = att.id_evidence(data, "image/jpeg", "IMG_0001.jpg")
    assert ev.is_id and ev.mrz, str(ev)
    assert seen and all(h * 3 < w for h, w in seen), seen  # only bands of a few rows were read


def _pdf(text: str) -> bytes:
    from studio_dsar.core.redaction.loader import import_pymupdf

    pymupdf = import_pymupdf()
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), text)
    return bytes(doc.tobytes())


def test_a_pdf_without_pictures_is_read_from_its_text_and_never_rendered(monkeypatch):
    from studio_dsar.core.redaction import ocr

    def no_ocr(*_a, **_k):
        raise AssertionError("a PDF made on a computer is not read with OCR")

    monkeypatch.setattr(ocr, "run_quick", no_ocr)
    ev = att.id_evidence(_pdf("Invoice 2026-031. Amount due: 289.00 EUR"), "application/pdf", "scan_20260311.pdf")
    assert ev.text_layer and not ev.decoded and not ev.is_id


def test_a_name_that_only_says_scan_is_no_id_without_the_content_or_the_mail_saying_so():
    invoice = _pdf("Invoice 2026-031. Amount due: 289.00 EUR")
    assert att.flag_id_documents([("scan_20260311.pdf", "application/pdf", invoice, False)]) == [False]
    # ... but when the mail says an ID is attached, an unrecognised scan is flagged
    assert att.flag_id_documents([("scan_20260311.pdf", "application/pdf", invoice, False)],
                                 text_mentions_id=True) == [True]
    # a name that names the document still decides
    assert att.flag_id_documents([("scan_paspoort.pdf", "application/pdf", invoice, False)]) == [True]


def test_an_undecodable_phone_picture_is_an_id_only_when_the_mail_says_one_is_attached():
    heic = b"\x00\x00\x00\x18ftypheic" + bytes(64)  # a HEIC header with nothing decodable behind it
    front = ("ID-kaart.jpg", "image/jpeg", b"", False)
    assert att.flag_id_documents([("IMG_8812.HEIC", "image/heic", heic, False)]) == [False]
    assert att.flag_id_documents([("IMG_8812.HEIC", "image/heic", heic, False)], text_mentions_id=True) == [True]
    # the back as an undecodable HEIC beside a recognised front: both flagged
    assert att.flag_id_documents([front, ("IMG_8813.HEIC", "image/heic", heic, False)],
                                 text_mentions_id=True) == [True, True]


@pytest.mark.parametrize("text", ["Vous trouverez ci-joint une copie de ma carte d'identité.",
                                  "Anbei eine Kopie meines Personalausweises.", "Ci-joint mon passeport.",
                                  "Im Anhang mein Reisepass", "Hierbij een kopie van mijn ID-kaart.",
                                  "Eine Kopie meines Personalausweises liegt bei."])
def test_the_mail_saying_an_id_is_attached_in_four_languages(text):
    assert att.text_mentions_id(text)


def test_the_one_picture_a_mail_calls_its_id_is_flagged_without_looking_at_it(monkeypatch):
    """Its content cannot change any flag, so the costly look is skipped; with a second candidate,
    or without the mail's words, the content decides and is looked at."""
    looked: list[str] = []

    def spy(data, ctype="", name=""):
        looked.append(name)
        return att.IdEvidence()

    monkeypatch.setattr(att, "id_evidence", spy)
    monkeypatch.setattr(att, "image_size", lambda data: (1600, 1000))
    photo = ("IMG_0001.jpg", "image/jpeg", b"\xff\xd8 not decoded", False)
    other = ("IMG_0002.jpg", "image/jpeg", b"\xff\xd8 another picture", False)
    offer = ("offerte.pdf", "application/pdf", b"%PDF-1.4", False)
    assert att.flag_id_documents([photo], text_mentions_id=True) == [True] and looked == []
    assert att.flag_id_documents([photo, offer], text_mentions_id=True) == [True, False] and looked == []
    assert att.flag_id_documents([photo, other], text_mentions_id=True) == [True, True]
    assert looked == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert att.flag_id_documents([photo]) == [False] and looked[2:] == ["IMG_0001.jpg"]


def test_the_same_file_attached_twice_is_looked_at_once(monkeypatch):
    """"facture.pdf" and "facture(1).pdf" with the same bytes: one look, the same flag for both;
    a different file, or the same bytes in another mail, is looked at again."""
    looked: list[str] = []

    def spy(data, ctype="", name=""):
        looked.append(name)
        return att.IdEvidence(mrz=data.endswith(b"id"))

    monkeypatch.setattr(att, "id_evidence", spy)
    monkeypatch.setattr(att, "image_size", lambda data: (1600, 1000))
    first = ("IMG_0001.jpg", "image/jpeg", b"\xff\xd8 an id", False)
    again = ("IMG_0001(1).jpg", "image/jpeg", b"\xff\xd8 an id", False)
    other = ("IMG_0002.jpg", "image/jpeg", b"\xff\xd8 a photo", False)
    assert att.flag_id_documents([first, again, other]) == [True, True, False]
    assert looked == ["IMG_0001.jpg", "IMG_0002.jpg"]
    assert att.flag_id_documents([again]) == [True] and looked[2:] == ["IMG_0001(1).jpg"]
