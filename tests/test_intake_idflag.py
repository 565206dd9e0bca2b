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
    ("0004.jpg", "mrz"),  # a Dutch passport scanned on A4
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
