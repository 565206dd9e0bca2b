"""Recall of the text detectors where OCR reads little: number fragments, the numbers of an
MRZ the MRZ search missed, the print lines no reading vouches for (read again one by one),
a number under a covered label, and the self-check reading past the boxes it drew."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from studio_dsar.core.redaction import mrz, mrzfind, ocr, selfcheck, viznumbers
from studio_dsar.core.redaction.engine import numbers_doubt
from studio_dsar.core.redaction.geometry import Frame

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"
BOLD = "studio_dsar/resources/fonts/NotoSans-Bold.ttf"
needs_ocr = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")

TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def _word(text, x, y, w=None, h=30, line=1, conf=90.0, block=1):
    return ocr.Word(text, conf, x, y, w or 18 * len(text), h, block, 1, line)


@pytest.mark.parametrize("token", ["ZR65", "AB123", "X1234"])
def test_the_start_of_a_number_read_in_part_is_number_like(token):
    assert viznumbers.number_like(token, 67)


@pytest.mark.parametrize("token", ["M/M", "NLD", "A1", "1,75", "V/F", "Ede", "P<NLD", "2030", "L982", "2O28"])
def test_short_fields_are_not_number_like(token):
    assert not viznumbers.number_like(token, 90)


def test_numbers_of_an_mrz_the_search_missed_are_searched_for():
    """The MRZ search missed a passport's MRZ; the visual-zone reading read its second line
    in part. The document number it starts with is searched for in the visual zone, where
    OCR read the printed number past every validator ("vacyiazws")."""
    rows = [(100, 1000, 900, 1040)]
    mrz_words = [_word("VAGYIA2WSONL", 100, 1005, line=9), _word("<<<<<78", 400, 1003, line=9)]
    assert "VAGYIA2WS" in viznumbers.numbers_in_mrz_rows(mrz_words, rows)
    # a word far from the MRZ's rows names nothing
    assert viznumbers.numbers_in_mrz_rows([_word("VAGYIA2WSONL", 100, 300)], rows) == []
    vz = [_word("Celik", 10, 10, line=1), _word("vacyiazws", 10, 60, line=2, conf=43)]
    assert viznumbers.find_numbers(vz, []) == []
    found = viznumbers.find_numbers(vz, viznumbers.numbers_in_mrz_rows(mrz_words, rows))
    assert [(c, b[1], e) for c, b, e, _f in found] == [("document_number", 60, "mrz-number")]


def test_which_sides_have_their_print_lines_read_again():
    res = mrz.parse(TD3)
    frame = Frame(0, 0, 0, 0, 100, 0, 20, 1.0)
    good = mrzfind.MrzHit(frame, (0, 0, 100, 20), res, "TD3", 90.0)
    bad_res = mrz.parse([TD3[0], TD3[1][:-1] + "7"])
    bad = mrzfind.MrzHit(frame, (0, 0, 100, 20), bad_res, "TD3", 40.0)
    number = ("document_number", (0, 0, 200, 30), "mrz-number", 90.0)
    assert numbers_doubt("mrz", good, [number], []) == ""
    assert numbers_doubt("mrz", good, [number], ["L898902C3"]) == "mrz-number-not-found"
    assert numbers_doubt("mrz", bad, [number], []) == "mrz-invalid"
    assert numbers_doubt("back", None, [], []) == "mrz-unread"
    assert numbers_doubt("portrait", None, [("mrz", (0, 0, 400, 30), "deny", 50.0)], []) == "mrz-unread"
    # a front with no document number found that a validator vouches for (a long run deny
    # by default took may be another number)
    assert numbers_doubt("portrait", None, [], []) == "no-document-number"
    assert numbers_doubt("card", None, [("number", (0, 0, 300, 30), "deny", 50.0)], []) == "no-document-number"
    assert numbers_doubt("card", None, [("document_number", (0, 0, 300, 30), "validator", 50.0)], []) == ""
    assert numbers_doubt("portrait", None, [number, ("bsn", (0, 40, 200, 70), "label-position", 0.0)],
                         []) == "label"


def test_a_tall_box_is_cut_to_the_number_not_to_a_wider_label_above_it():
    """OCR boxed a number together with its label in small print above it: the label runs
    wider than the number, but the number is the print the box was drawn for."""
    im = Image.new("L", (900, 200), 235)
    d = ImageDraw.Draw(im)
    d.text((40, 20), "Rijksregisternr. / National Register No.", font=ImageFont.truetype(FONT, 22), fill=80)
    big = ImageFont.truetype(BOLD, 40)
    nb = d.textbbox((40, 60), "02.06.21-152.10", font=big)
    d.text((40, 60), "02.06.21-152.10", font=big, fill=30)
    flat = viznumbers.flatten(np.asarray(im).copy())
    y0, y1 = viznumbers._ink_band(flat, (30, 10, 560, nb[3] + 4), text_h=nb[3] - nb[1])
    assert y0 >= nb[1] - 6 and y1 <= nb[3] + 6


def _card_back(blur: float):
    im = Image.new("RGB", (1400, 880), (236, 234, 228))
    d = ImageDraw.Draw(im)
    small, big = ImageFont.truetype(FONT, 24), ImageFont.truetype(BOLD, 40)
    d.text((80, 60), "Geboorteplaats / Place of birth", font=small, fill=(70, 70, 70))
    d.text((80, 95), "Verviers", font=big, fill=(25, 25, 25))
    d.text((80, 175), "Rijksregisternr. / National Register No.", font=small, fill=(70, 70, 70))
    num = d.textbbox((80, 207), "02.06.21-152.10", font=big)
    d.text((80, 207), "02.06.21-152.10", font=big, fill=(25, 25, 25))
    d.text((80, 290), "Afgegeven te / Issued at", font=small, fill=(70, 70, 70))
    d.text((80, 322), "Commune de Eupen", font=big, fill=(25, 25, 25))
    return np.asarray(im.filter(ImageFilter.GaussianBlur(blur)))[:, :, ::-1].copy(), num


@needs_ocr
def test_the_self_check_reads_a_number_a_black_box_touches():
    """A box meant for the number covered its label and the number's top edge: OCR's layout
    analysis takes the line for part of the black picture and reads nothing there. The check
    reads the page with its boxes painted white, finds the number and has it blacked out."""
    img, num = _card_back(1.0)
    mask = np.zeros(img.shape[:2], bool)
    mask[150:num[1] + 2, 40:520] = True
    mask[450:800, 30:1300] = True
    red = img.copy()
    red[mask] = 0
    frame = Frame(700, 440, 0.0, -700, 700, -440, 440, 1.0)
    found = selfcheck.check_text(red, mask, [frame], [])
    assert len(found) == 1
    poly = found[0].polygon
    assert poly[:, 0].min() <= num[0] and poly[:, 0].max() >= num[2]
    assert poly[:, 1].min() <= num[1] + 4 and poly[:, 1].max() >= num[3]


@needs_ocr
def test_a_faint_blurred_number_line_is_read_on_its_own():
    """A BSN printed faint and blurred (glare, a phone's focus) that no reading of the
    document vouched for: its print line is found by its ink, read again on its own,
    sharpened, and its whole run is taken."""
    im = Image.new("L", (1380, 700), 250)
    d = ImageDraw.Draw(im)
    small, big = ImageFont.truetype(FONT, 16), ImageFont.truetype(BOLD, 28)
    rows = [("Geboortedatum / Date of birth", "23 MAA/MAR 1971"), ("Datum van afgifte / Date of issue", "10 OKT/OCT 2020"),
            ("Persoonsnummer / Personal No.", "103763806")]
    nb = None
    for i, (label, value) in enumerate(rows):
        y = 60 + 110 * i
        d.text((480, y), label, font=small, fill=150)
        d.text((480, y + 26), value, font=big, fill=150)
        nb = d.textbbox((480, y + 26), value, font=big)
    flat = viznumbers.flatten(np.asarray(im.filter(ImageFilter.GaussianBlur(2.0))).copy())
    text_h = viznumbers.ink_text_height(flat)
    assert text_h is not None and 0.6 * (nb[3] - nb[1]) <= text_h <= 1.6 * (nb[3] - nb[1])
    # the readings vouched for the dates (sure words over them), not for the number
    sure = [_word("23", 480, 86, 40, 28), _word("MAA/MAR", 530, 86, 130, 28), _word("1971", 670, 86, 70, 28),
            _word("10", 480, 196, 40, 28, line=2), _word("OKT/OCT", 530, 196, 130, 28, line=2),
            _word("2020", 670, 196, 70, 28, line=2)]
    lines = viznumbers.unexplained_lines(viznumbers.print_lines(flat, text_h), sure, [])
    assert any(b[1] <= (nb[1] + nb[3]) / 2 <= b[3] for b in lines)
    assert not any(b[1] <= 86 + 14 <= b[3] and b[0] < 700 for b in lines)   # the date's line
    _words, hits = viznumbers.reread_lines(flat, lines, [])
    assert hits, _words
    cat, (x0, y0, x1, y1), _ev, _conf = hits[0]
    assert cat in ("bsn", "number")
    assert x0 <= nb[0] + 4 and x1 >= nb[2] - 4 and y0 <= (nb[1] + nb[3]) / 2 <= y1


def test_a_date_with_its_month_garbled_is_no_document_number():
    """"12 JUL/JUL 1992" read as "12 JULUL 1992": "JULUL 1992" has the shape of a Dutch
    document number (two letters, six letters or digits, a digit), but it is a date."""
    words = [_word("12", 10, 10, 40), _word("JULUL", 60, 10, 110, conf=58), _word("1992", 180, 10, 80)]
    assert viznumbers.find_numbers(words, []) == []
    # a document number beside it still goes
    words.append(_word("ZHYEP5RT0", 400, 10, 200))
    assert [c for c, *_r in viznumbers.find_numbers(words, [])] == ["document_number"]


def test_a_number_washed_out_in_part_is_covered_to_its_faint_start():
    """Glare washed the first four characters of a document number out to a pale grey: the
    number's box reaches them, and stops short of the field printed beside it."""
    im = Image.new("L", (1200, 120), 245)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(BOLD, 40)
    faint = d.textbbox((100, 30), "XVSQ", font=f)
    d.text((100, 30), "XVSQ", font=f, fill=212)
    dark = d.textbbox((faint[2] + 2, 30), "XJ9L6", font=f)
    d.text((faint[2] + 2, 30), "XJ9L6", font=f, fill=90)
    other = d.textbbox((dark[2] + 140, 30), "Nederlandse", font=f)
    d.text((dark[2] + 140, 30), "Nederlandse", font=f, fill=60)
    flat = viznumbers.flatten(np.asarray(im.filter(ImageFilter.GaussianBlur(1.2))).copy())
    x0, x1 = viznumbers.faint_extent(flat, (dark[0], dark[1], dark[2], dark[3]))
    assert x0 <= faint[0] + 3
    assert dark[2] - 3 <= x1 < other[0]


@pytest.mark.parametrize("tall", [1.0, 1.6])
def test_the_self_check_reads_again_a_line_its_sparse_reading_left_unread(monkeypatch, tall):
    """A small card's document number whose cover went astray (onto the date under it): the
    check's sparse reading of the view read the names and the dates around it but nothing on
    the number's line, as the analysis's reading of the same view had not. The line no sure
    word vouches for is read again on its own; what that reading reads ("OPUSSK3a2", no
    confidence, a letter in lower case) is a number's shape, and is blacked out. (On a
    blurred view the sparse reading boxes its words taller than their print, ``tall``: the
    number's line is read again all the same.)"""
    im = Image.new("RGB", (900, 420), (250, 250, 250))
    d = ImageDraw.Draw(im)
    big = ImageFont.truetype(BOLD, 30)
    rows = ["Vermeulen", "Johannes Sjoerd", "26 APR/APR 1979", "QPU55K342"]
    boxes = []
    for i, t in enumerate(rows):
        d.text((60, 40 + 80 * i), t, font=big, fill=(30, 30, 30))
        boxes.append(d.textbbox((60, 40 + 80 * i), t, font=big))
    img = np.asarray(im.filter(ImageFilter.GaussianBlur(1.0)))[:, :, ::-1].copy()
    num = boxes[-1]

    def words_of(i: int) -> list[ocr.Word]:
        x0, y0, x1, y1 = boxes[i]
        out, x = [], x0
        for part in rows[i].split():
            w = int((x1 - x0) * len(part) / len(rows[i]))
            h = int((y1 - y0) * tall)
            out.append(ocr.Word(part, 95.0, x, y0 - (h - (y1 - y0)) // 2, w, h, 1, 1, i + 1))
            x += w + 12
        return out

    def fake_run_many(jobs, workers=2):
        out = []
        for im_, psm, _wl in jobs:
            if psm == 11:   # the sparse reading: every line but the number's
                out.append([w for i in range(3) for w in words_of(i)])
            else:           # a line read on its own, boxed as tall as its image
                out.append([ocr.Word("OPUSSK3a2", 0.0, 4, 0, im_.shape[1] - 8, im_.shape[0], 1, 1, 1)])
        return out

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    mask = np.zeros(img.shape[:2], bool)
    frame = Frame(450, 210, 0.0, -450, 450, -210, 210, 1.0)
    found = selfcheck.check_text(img, mask, [frame], [])
    assert len(found) == 1
    poly = found[0].polygon
    assert poly[:, 0].min() <= num[0] + 4 and poly[:, 0].max() >= num[2] - 4
    assert poly[:, 1].min() <= num[1] + 4 and poly[:, 1].max() >= num[3] - 4
    # its cover keeps to the number's line: the date above it stays
    assert poly[:, 1].min() > boxes[2][3]


@pytest.mark.parametrize(("text", "number"), [("OPUSSK3a2", True), ("QPU55K342", True), ("NVZJ5CKG5", True),
                                              ("Verme1u1en", False), ("Nederlandse", False), ("M/M", False),
                                              ("HOEKSTRA", False)])
def test_a_document_numbers_shape_read_with_a_lower_case_letter(text, number):
    assert selfcheck.garbled_number(text) == number


def test_digits_a_line_read_on_its_own_reads_beside_a_cover_are_no_numbers_remains(monkeypatch):
    """The remains of a number beside its cover are looked for in the sparse reading only: a
    heading's print read on its own line, blurred, gave "18" (no confidence) beside the
    portrait's cover, and the page was flagged for it."""
    im = Image.new("RGB", (900, 200), (250, 250, 250))
    d = ImageDraw.Draw(im)
    d.text((300, 60), "KINGDOM OF THE NETHERLANDS", font=ImageFont.truetype(BOLD, 30), fill=(30, 30, 30))
    img = np.asarray(im.filter(ImageFilter.GaussianBlur(1.0)))[:, :, ::-1].copy()
    mask = np.zeros(img.shape[:2], bool)
    mask[20:180, 40:290] = True      # the portrait's cover, just left of the heading
    img[mask] = 0

    def fake_run_many(jobs, workers=2):
        out = []
        for _im, psm, _wl in jobs:
            if psm == 11:
                out.append([ocr.Word(t, 95.0, 20 + 100 * i, 150, 80, 30, 1, 1, 1)
                            for i, t in enumerate(["Some", "words", "read", "sure", "here"])])
            else:
                out.append([ocr.Word("18", 0.0, 0, 10, 30, 30, 1, 1, 1),
                            ocr.Word("KINGDOM", 20.0, 40, 10, 120, 30, 1, 1, 1)])
        return out

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    frame = Frame(450, 100, 0.0, -450, 450, -100, 100, 1.0)
    assert selfcheck.check_text(img, mask, [frame], []) == []
