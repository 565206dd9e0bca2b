"""The text detectors of the redaction on constructed cases: numbers with no label and odd
shapes, dates cut short by OCR, the blacking out of a whole printed run when OCR read only
part of it, the numbers an MRZ says are printed, and MRZs that are small, blurred, turned
or of a foreign layout."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from studio_dsar.core.redaction import mrz, mrzfind, ocr, viznumbers

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"
BOLD = "studio_dsar/resources/fonts/NotoSans-Bold.ttf"
needs_ocr = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")

# ICAO 9303 specimens (part 4 and part 5): a country the engine was never shown
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]
TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]


def _word(text, x, y, w=None, h=30, line=1, conf=90.0):
    return ocr.Word(text, conf, x, y, w or 18 * len(text), h, 1, 1, line)


# --------------------------------------------------------------------------- deny by default
@pytest.mark.parametrize("token", ["QUWCPIAU9", "NZJN5NPQ1", "ERW0BYAZ9"])
def test_document_number_with_one_or_two_digits_and_no_label(token):
    words = [_word("HOEKSTRA", 10, 10, line=1), _word(token, 10, 60, line=2),
             _word("Nederlandse", 10, 110, line=3)]
    found = viznumbers.find_numbers(words, [])
    assert [(c, b[1]) for c, b, _e, _f in found] == [(found[0][0], 60)]


@pytest.mark.parametrize("text", ["HOEKSTRA", "LEFEVRE", "GEERTRUIDA", "Nederlandse", "03.02.20", "21.03.19",
                                  "23.02.2€"])
def test_names_and_dates_cut_short_are_not_numbers(text):
    assert not viznumbers.number_like(text)


def test_date_cut_short_goes_with_the_number_beside_it():
    words = [_word("77.04.28", 10, 10, 140), _word("-145.78", 160, 10, 120)]
    found = viznumbers.find_numbers(words, [])
    assert len(found) == 1
    _c, (x0, _y0, x1, _y1), _e, _f = found[0]
    assert (x0, x1) == (10, 280)


def test_a_number_under_its_label_read_in_error_is_still_its_value():
    """The label's value is the number-like token under it even when OCR misread it past
    every validator (the deny-by-default pass takes it): the next line's labels and the
    dates under them are not taken for the value."""
    words = [_word("Kaartnummer", 0, 0, 200, 15, line=1), _word("/", 210, -5, 10, 29, line=1),
             _word("Card", 230, 0, 45, 15, line=1), _word("No.", 285, 0, 30, 15, line=1),
             # (a picture's edge read as a word on the number's line lifts its top)
             _word("Gomme", -320, 3, 70, 39, line=2, conf=24.0), _word("5.9-5603575-63", 0, 32, 295, 25, line=2, conf=0.0),
             _word("Geldig", 50, 84, 100, 19, line=3), _word("tot", 160, 84, 40, 19, line=3),
             _word("20.02.2023", 50, 111, 200, 26, line=4), _word("19.02.2033", 360, 111, 200, 26, line=4)]
    found = viznumbers.find_numbers(words, [])
    assert [(b[1], e) for _c, b, e, _f in found] == [(32, "deny")], found


# --------------------------------------------------------------------------- the printed run
@pytest.mark.parametrize("date", [(")UNJUN", "2033"), ("2)", "AUG/AUG", "7033"), ("7i", "AVG/ALG", "20274"),
                                  ("30", "OKT/OCT", "1957"), ("12", "MAAMAR", "203)"),
                                  ("26", "MEI/MA!", "1957")])
def test_a_date_with_its_day_lost_or_its_year_garbled_stays(date):
    """Glare took the day and merged the bilingual month (")UNJUN 2033" has the shape of a
    Dutch document number), blur garbled the year ("7033", "203)" with its last digit read
    as a bracket: "MAAMAR203" has a Dutch document number's shape), or the month's second
    language lost its last letter ("MEI/MA!" of MEI/MAI: "MEIMA11957" passed a validator): the
    month in letters before a year-shaped token still makes it a date, which stays legible."""
    x, words = 10, []
    for t in date:
        words.append(_word(t, x, 10))
        x += 18 * len(t) + 12
    assert viznumbers.find_numbers(words, []) == []


@pytest.mark.parametrize("token", ["SPECI2014", "NXJUN2033", "599-152865-96"])
def test_a_number_is_no_date_for_a_month_in_it(token):
    found = viznumbers.find_numbers([_word("VAN", 10, 10), _word(token, 80, 10)], [])
    assert len(found) == 1 and found[0][1][0] == 80


def test_fields_printed_side_by_side_are_not_read_as_one_number():
    """A passport prints its type and country on the line of its number, and its personal
    number in a column beside the authority: OCR puts them on one line, and a group of words
    across the column gap was taken for the number (its cover blacked out what lay between)."""
    words = [_word("P", 10, 10, 20), _word("NLD", 150, 10, 60), _word("MRHQLYRT3", 400, 10)]
    found = viznumbers.find_numbers(words, ["MRHQLYRT3"])
    assert [(c, b[0]) for c, b, _e, _f in found] == [("document_number", 400)]
    words = [_word("396685298", 10, 10), _word("Burg.", 500, 10, 90)]
    found = viznumbers.find_numbers(words, ["396685298"])
    assert [(c, b[0], b[2]) for c, b, _e, _f in found] == [("bsn", 10, 10 + 18 * 9)]


def test_the_pieces_of_a_number_glare_split_are_covered_with_the_gap():
    """Glare washed out the middle of a card number: OCR read "599-15280" (boxed tall) and
    "59-67" two character widths further on; one cover from the first to the last."""
    words = [_word("599-15280", 100, 10, 110, 37, conf=0.0), _word("59-67", 280, 19, 52, 19, conf=69.0)]
    found = viznumbers.find_numbers(words, [])
    assert [(b[0], b[2]) for _c, b, _e, _f in found] == [(100, 332)]
    # two numbers far apart on a line stay two
    words = [_word("599-15280", 100, 10, 110, 30), _word("59-67", 400, 10, 52, 30)]
    assert len(viznumbers.find_numbers(words, [])) == 2


def _number_line():
    """A card fragment: a number on one line, a date two text heights under it."""
    im = Image.new("L", (900, 260), 235)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(BOLD, 40)
    d.text((60, 40), "592-1234567-89", font=f, fill=30)
    d.text((60, 150), "21.03.1981", font=f, fill=30)
    return np.asarray(im).copy(), d.textbbox((60, 40), "592-1234567-89", font=f), \
        d.textbbox((60, 150), "21.03.1981", font=f)


def test_a_number_read_in_part_is_covered_whole():
    img, (nx0, ny0, nx1, ny1), date = _number_line()
    # OCR read only the last third (glare washed out the rest)
    part = (nx0 + 2 * (nx1 - nx0) // 3, ny0, nx1, ny1)
    quad = viznumbers.snap_to_ink(viznumbers.flatten(img), part)
    assert quad[:, 0].min() <= nx0 + 2 and quad[:, 0].max() >= nx1 - 2
    assert quad[:, 1].min() <= ny0 + 4 and quad[:, 1].max() >= ny1 - 4
    assert quad[:, 1].max() < date[1]          # the date under it stays


def test_snap_on_blank_paper_keeps_the_box():
    blank = np.full((200, 400), 235, np.uint8)
    quad = viznumbers.snap_to_ink(blank, (100, 50, 200, 80))
    assert quad[:, 0].min() == 100 and quad[:, 0].max() == 200


# --------------------------------------------------------------------------- MRZ numbers
def test_numbers_a_passport_prints_in_its_visual_zone():
    res = mrz.parse(TD3)
    assert viznumbers.printed_numbers(res) == ["L898902C3"]   # ZE184226B is no BSN or RRN
    read = [_word("L898902C3", 10, 10)]
    assert viznumbers.numbers_not_read([read], ["L898902C3"]) == []
    misread = [_word("L8989O2C3", 10, 10)]                     # one OCR confusion still counts
    assert viznumbers.numbers_not_read([misread], ["L898902C3"]) == []
    assert viznumbers.numbers_not_read([[_word("Ref", 10, 10)]], ["L898902C3"]) == ["L898902C3"]


def test_a_card_back_prints_its_national_number_not_its_card_number():
    be_back = ["IDBEL590159015<6612<<<<<<<<<<<",
               "8501012M2901019BEL85010112345<",
               "PEETERS<<JAN<<<<<<<<<<<<<<<<<<"]
    res = mrz.parse(be_back)
    assert res is not None and res.format == "TD1"
    expected = viznumbers.printed_numbers(res)
    assert all(len(n) != 12 for n in expected)               # the card number is on the front
    assert viznumbers.printed_numbers(mrz.parse(TD1)) == []  # a foreign card: nothing expected


# --------------------------------------------------------------------------- MRZ finding
def _mrz_page(lines, pitch, blur=0.0, turn=0, tilt=0.0):
    """A document with an MRZ of ``pitch`` pixels per character on a desk, turned by
    ``turn`` quarter turns and tilted by ``tilt`` degrees."""
    n = len(lines[0])
    h = int(pitch * 1.5)
    W, H = int(pitch * (n + 8)), int(h * (len(lines) + 6) + 4 * pitch)
    im = Image.new("RGB", (W, H), (232, 226, 214))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, int(pitch * 1.45))
    d.text((4 * pitch, pitch), "REPUBLIC OF UTOPIA", font=f, fill=(40, 40, 90))
    y0 = H - h * len(lines) - 2 * pitch
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            d.text((4 * pitch + pitch * j, y0 + h * i), ch, font=f, fill=(20, 20, 20))
    box = (4 * pitch, y0, 4 * pitch + pitch * n, y0 + h * len(lines))
    desk = Image.new("RGB", (W + 400, H + 400), (120, 90, 60))
    desk.paste(im, (200, 200))
    if blur:
        desk = desk.filter(ImageFilter.GaussianBlur(blur))
    desk = desk.rotate(tilt, expand=True, fillcolor=(120, 90, 60))
    arr = np.asarray(desk)[:, :, ::-1].copy()
    return np.ascontiguousarray(np.rot90(arr, turn)), box


def _covers(hit, shape) -> float:
    """Share of the MRZ's dark ink that lies inside the hit's box."""
    import cv2

    mask = np.zeros(shape[:2], np.uint8)
    poly = hit.frame.rect_to_page(*(hit.cover or hit.box))
    cv2.fillPoly(mask, [np.round(poly).astype(np.int32)], 1)
    return mask


def _engine() -> str | None:
    try:
        return ocr.engine()
    except ocr.OcrUnavailable:
        return None


# the library engine (the default) reads this one right; the program, where it is the engine,
# does not
SHIFTED = pytest.mark.xfail(_engine() == "program", strict=True,
                            reason="the tesseract program loses the thin first letter and doubles a digit; "
                            "the line read one place off still passes every check digit (1 in 10 each)")


@pytest.mark.parametrize("turn,tilt", [(0, 0.0), (1, 0.0), (1, -8.0), (2, -20.0),
                                       pytest.param(1, 12.0, marks=SHIFTED)])
@needs_ocr
def test_foreign_td1_mrz_is_read_whatever_the_turn(turn, tilt):
    page, _box = _mrz_page(TD1, 26, turn=turn, tilt=tilt)
    hits = mrzfind.find_mrz(page)
    assert hits, "no MRZ found"
    res = hits[0].result
    assert res is not None and res.format == "TD1" and res.valid
    assert res.document_number == "D23145890"


@needs_ocr
def test_low_resolution_blurred_mrz_is_still_blacked_out():
    """Characters 9 px apart, blurred: read or not, the block is found; unread, it is
    reported unreadable (the caller flags the page)."""
    page, (bx0, by0, bx1, by1) = _mrz_page(TD3, 9, blur=1.2)
    sharp, _box = _mrz_page(TD3, 9)
    hits = mrzfind.find_mrz(page)
    assert hits, "no MRZ found"
    mask = np.zeros(page.shape[:2], np.uint8)
    for h in hits:
        mask |= _covers(h, page.shape)
    # the box of the MRZ's ink (the desk adds 200 px on each side)
    ink = np.zeros(page.shape[:2], bool)
    ink[by0 + 200:by1 + 200, bx0 + 200:bx1 + 200] = sharp[by0 + 200:by1 + 200, bx0 + 200:bx1 + 200].max(axis=2) < 120
    ys, xs = np.nonzero(ink)
    assert mask[ys.min():ys.max() + 1, xs.min():xs.max() + 1].mean() >= 0.98
    assert all(h.result is None or h.result.format == "TD3" for h in hits)


def test_a_lost_first_letter_does_not_shift_the_fields():
    res = mrz.parse([TD1[0][1:], TD1[1], TD1[2]])
    assert res is not None and res.valid and res.document_number == "D23145890"


def test_unread_texture_needs_long_equal_lines():
    def line(cx, cy, length, thick):
        return mrzfind.TextLine(cx, cy, length, thick, 0.0, np.zeros((4, 2)))

    block = [line(500, 100, 800, 20), line(500, 140, 790, 20)]
    assert mrzfind.unread_mrz_texture(block, ["FROELCOPFEMEKCDEMUEKMEYTHOKRKEEHKEECRECE",
                                              "HAPOTTETEIORSTHORETRSAISTOTIORSOSEETSICCETE"])
    assert not mrzfind.unread_mrz_texture(block, ["X" * 44])                 # one line read
    assert not mrzfind.unread_mrz_texture(block, ["X" * 44, "X" * 24])       # unequal lines
    assert not mrzfind.unread_mrz_texture(block, ["BELGIEBELGIQUEBELGIENBELGIUM",   # a heading
                                                  "IDENTITEITSKAARTCARTEDIDENTITE"])
    stubby = [line(500, 100, 120, 20), line(500, 140, 120, 20)]
    assert not mrzfind.unread_mrz_texture(stubby, ["KEKKEXCEKE" * 4, "Y" * 42])      # short, thick lines


def test_unread_texture_of_an_mrz_blurred_into_side_by_side_blobs():
    # blur merged the two lines of a passport MRZ into blobs as high as the block (20 px)
    # and broke them along it: two halves of 6.6 times their height side by side, one
    # block 15 times as long as it is high
    def blob(x0, x1):
        pts = np.array([[x0, 100], [x1, 100], [x1, 120], [x0, 120]], float)
        return mrzfind.TextLine((x0 + x1) / 2, 110, x1 - x0, 20, 0.0, pts)

    halves = [blob(0, 132), blob(168, 300)]
    readings = ["PRULOPOSTMACELTERECOCKECCOCCCEKCEKEEEEEEEEEEE", "SVIMFMSTOTRLOTUOPZAIFIETLOLAOS2OLORGIKK"]
    assert mrzfind.unread_mrz_texture(halves, readings)
    # one stubby blob of the same height is no MRZ, nor are the halves read as a heading
    assert not mrzfind.unread_mrz_texture([blob(0, 132)], readings)
    assert not mrzfind.unread_mrz_texture(halves, ["BELGIEBELGIQUEBELGIENBELGIUM", "IDENTITEITSKAARTCARTEDIDENTITE"])


# --------------------------------------------------------------------------- the second reading
def _passport_words(number: str | None, conf: float = 90.0) -> list[ocr.Word]:
    words = [_word(t, 10 + 200 * i, 10, line=1) for i, t in enumerate(["Surname", "ERIKSSON", "Given", "names"])]
    words += [_word(t, 10 + 200 * i, 60, line=2) for i, t in enumerate(["ANNA", "MARIA", "Utopian"])]
    words += [_word("12.08.1974", 10, 110, line=3)]
    if number:
        words.append(_word(number, 10, 160, line=4, conf=conf))
    return words


def test_second_reading_only_where_the_first_leaves_doubt():
    from studio_dsar.core.redaction.engine import first_reading_doubt
    from studio_dsar.core.redaction.geometry import Frame

    res = mrz.parse(TD3)
    hit = mrzfind.MrzHit(Frame(0, 0, 0, 0, 100, 0, 20, 1.0), (0, 0, 100, 20), res, "TD3", 90.0)
    numbers = res.numbers
    # the MRZ is valid and the number it says this page prints was read: no doubt
    assert first_reading_doubt(_passport_words("L898902C3"), hit, numbers) == ""
    # the printed number not read (glare, blur): read again
    assert first_reading_doubt(_passport_words(None), hit, numbers) == "mrz-number-not-read"
    # a digit-bearing token read with low confidence: read again
    assert first_reading_doubt([*_passport_words("L898902C3"), _word("4E7", 400, 160, line=4, conf=30)],
                               hit, numbers) == "unsure-token"
    # an MRZ that failed its check digits vouches for nothing
    bad = mrz.parse([TD3[0], TD3[1][:-1] + "7"])
    assert not bad.valid
    bad_hit = mrzfind.MrzHit(hit.frame, hit.box, bad, "TD3", 90.0)
    assert first_reading_doubt(_passport_words("L898902C3"), bad_hit, bad.numbers) == "mrz-invalid"
    # no MRZ on this side: only a number its validator vouches for ends the doubt
    assert first_reading_doubt(_passport_words("L898902C3"), None, []) == "no-validated-number"
    assert first_reading_doubt(_passport_words("592-1234567-32"), None, []) == ""   # a Belgian card number
    # little text read at all: read again
    assert first_reading_doubt(_passport_words("L898902C3")[-2:], hit, numbers) == "little-text"


# --------------------------------------------------------------------------- print OCR cannot read
def _printed_line(text: str, scale: float, blur: float) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A line of print, blurred, on white; and the box of its ink."""
    import cv2

    img = np.full((120, 700), 255, np.uint8)
    cv2.putText(img, text, (20, 80), cv2.FONT_HERSHEY_DUPLEX, scale, 0, 3 if scale >= 1.5 else 2, cv2.LINE_AA)
    img = cv2.GaussianBlur(img, (0, 0), blur)
    ys, xs = np.nonzero(img < 128)
    return img, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


@pytest.mark.parametrize("scale,blur", [(1.5, 1.5), (0.8, 1.2)])
def test_a_line_of_capitals_and_digits_is_told_from_names_and_dates_by_its_ink(scale, blur):
    for number in ("LLWDBBCU8", "GVFMFM3Z0", "592-1234567-89"):
        img, box = _printed_line(number, scale, blur)
        assert viznumbers.capitals_share(img, box) >= viznumbers.CAPITALS, number
        assert viznumbers.ink_runs(img, box) == 1, number
    for name in ("Postma", "Nederlandse", "Dirk Johannes"):
        img, box = _printed_line(name, scale, blur)
        assert viznumbers.capitals_share(img, box) < viznumbers.CAPITALS, name
    img, box = _printed_line("12 DEC 2028", scale, blur)
    assert viznumbers.ink_runs(img, box) == 3       # a date: three runs, never one number


def test_a_line_of_capitals_ocr_reads_as_nothing_sure_goes(monkeypatch):
    # a blurred document number that even the line's own reading garbles into a lower-case
    # non-word ("LLWDBBCU8" read as "Liwpsscus", no digit, no capitals): deny by default
    # goes by the ink; a name OCR garbles the same way stays
    def fake_run_many(jobs):
        return [[ocr.Word("Liwpsscus", 28.0, 10, 10, 200, 30, 1, 1, 1)] for _job in jobs]

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    img, box = _printed_line("LLWDBBCU8", 1.5, 1.5)
    _words, hits = viznumbers.reread_lines(img, [box], [], number_unknown=True)
    assert hits and hits[0][0] == "number"
    assert hits[0][1][0] <= box[0] + 2 and hits[0][1][2] >= box[2] - 2
    # only on a document whose number no reading found (one line at most)
    assert viznumbers.reread_lines(img, [box], [])[1] == []
    img, box = _printed_line("Postma", 1.5, 1.5)
    assert viznumbers.reread_lines(img, [box], [], number_unknown=True)[1] == []
    img, box = _printed_line("12 DEC 2028", 1.5, 1.5)
    assert viznumbers.reread_lines(img, [box], [], number_unknown=True)[1] == []


def test_a_number_read_on_its_own_line_is_covered_on_that_line_only(monkeypatch):
    """The line's image takes in some of the lines above and below it (a label, the date
    under the number), and OCR may box the number as tall as that image: its cover keeps to
    the line's rows, found by the ink (a cover that tall blacked out the date of birth above
    a small card's document number)."""
    def fake_run_many(jobs):
        return [[ocr.Word("QPU55K342", 60.0, 5, 0, job[0].shape[1] - 10, job[0].shape[0], 1, 1, 1)] for job in jobs]

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    img, box = _printed_line("QPU55K342", 1.5, 1.0)
    _words, hits = viznumbers.reread_lines(img, [box], [])
    assert [c for c, *_r in hits] == ["document_number"]
    _c, (x0, y0, x1, y1), _e, _f = hits[0]
    assert (y0, y1) == (box[1], box[3])
    assert x0 <= box[0] and x1 >= box[2]


def _sloping(img: np.ndarray, degrees: float) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """A line of print turned a little (a document photographed at an angle, its view not
    rectified), and the box of its ink."""
    import cv2

    big = cv2.copyMakeBorder(img, 60, 60, 0, 0, cv2.BORDER_CONSTANT, value=255)
    m = cv2.getRotationMatrix2D((big.shape[1] / 2, big.shape[0] / 2), degrees, 1.0)
    out = cv2.warpAffine(big, m, (big.shape[1], big.shape[0]), borderValue=255)
    ys, xs = np.nonzero(out < 128)
    return out, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


@pytest.mark.parametrize("degrees", [-5.0, 6.0])
def test_a_sloping_line_is_told_by_its_ink_along_its_slope(degrees):
    # the tops of a sloping line's capitals drift along it by more than their height: measured
    # against the box's top, a number read as lower case and went uncovered
    for number in ("LLWDBBCU8", "BJ8QKR063"):
        flat, upright = _printed_line(number, 1.5, 1.5)
        img, box = _sloping(flat, degrees)
        assert box[3] - box[1] > 1.5 * (upright[3] - upright[1])     # the slope makes the box tall
        assert viznumbers.capitals_share(img, box) >= viznumbers.CAPITALS, number
        h = viznumbers.glyph_height(img, box)
        assert 0.8 * (upright[3] - upright[1]) <= h <= 1.25 * (upright[3] - upright[1])
    for name in ("Postma", "Nederlandse"):
        flat, _b = _printed_line(name, 1.5, 1.5)
        img, box = _sloping(flat, degrees)
        assert viznumbers.capitals_share(img, box) < viznumbers.CAPITALS, name


def test_a_sloping_line_of_capitals_ocr_garbles_goes(monkeypatch):
    # the line's own reading garbles it into three pieces of nothing sure
    def fake_run_many(jobs):
        return [[ocr.Word("Bs6Qy", 0.0, 10, 10, 80, 30, 1, 1, 1), ocr.Word("ar", 16.0, 100, 10, 30, 30, 1, 1, 1),
                 ocr.Word("Eine", 10.0, 140, 10, 60, 30, 1, 1, 1)] for _job in jobs]

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    flat, _b = _printed_line("BJ8QKR063", 1.5, 1.5)
    img, box = _sloping(flat, -5.0)
    _words, hits = viznumbers.reread_lines(img, [box], [], number_unknown=True)
    assert hits and hits[0][0] == "number"
    flat, _b = _printed_line("Nederlandse", 1.5, 1.5)
    img, box = _sloping(flat, -5.0)
    assert viznumbers.reread_lines(img, [box], [], number_unknown=True)[1] == []


def test_a_line_in_lighter_ink_beside_black_print_is_a_print_line():
    # a passport's document number printed in grey beside fields in black: a threshold set by
    # the black leaves the grey on the paper's side; its label in small grey print just above
    # does not make the line taller
    import cv2

    img = np.full((400, 900), 250, np.uint8)
    cv2.putText(img, "Nederlandse", (40, 90), cv2.FONT_HERSHEY_DUPLEX, 1.2, 20, 3, cv2.LINE_AA)
    cv2.putText(img, "19 DEC 1950", (40, 190), cv2.FONT_HERSHEY_DUPLEX, 1.2, 20, 3, cv2.LINE_AA)
    cv2.putText(img, "Documentnummer / Document No.", (500, 250), cv2.FONT_HERSHEY_SIMPLEX, 0.5, 200, 1, cv2.LINE_AA)
    cv2.putText(img, "BJ8QKR063", (500, 290), cv2.FONT_HERSHEY_DUPLEX, 1.2, 195, 3, cv2.LINE_AA)
    flat = viznumbers.flatten(cv2.GaussianBlur(img, (0, 0), 1.5))
    ys, _xs = np.nonzero(flat[260:300, 480:800] < 235)
    ny0, ny1 = 260 + int(ys.min()), 260 + int(ys.max())
    ys2, _xs2 = np.nonzero(flat[150:200, 30:400] < 128)
    text_h = float(ys2.max() - ys2.min() + 1)   # the height of the values in black
    lines = viznumbers.print_lines(flat, text_h)
    grey = [b for b in lines if b[0] >= 480 and b[1] <= (ny0 + ny1) / 2 <= b[3]]
    assert grey, lines
    assert grey[0][3] - grey[0][1] <= 1.4 * (ny1 - ny0 + 1)   # not the label with it
    assert len([b for b in lines if b[0] < 480]) == 2           # the black lines, once each


def _two_lines(first: str, second: str) -> tuple[np.ndarray, tuple[int, int, int, int], tuple[int, int, int, int]]:
    import cv2

    img = np.full((240, 700), 255, np.uint8)
    for text, y in ((first, 80), (second, 190)):
        cv2.putText(img, text, (20, y), cv2.FONT_HERSHEY_DUPLEX, 1.5, 0, 3, cv2.LINE_AA)
    img = cv2.GaussianBlur(img, (0, 0), 1.5)
    boxes = []
    for y0, y1 in ((0, 120), (120, 240)):
        ys, xs = np.nonzero(img[y0:y1] < 128)
        boxes.append((int(xs.min()), y0 + int(ys.min()), int(xs.max()) + 1, y0 + int(ys.max()) + 1))
    return img, boxes[0], boxes[1]


def test_a_surname_in_capitals_ocr_cannot_read_stays_beside_a_number_it_read(monkeypatch):
    """The ink alone takes the one unreadable line of capitals for the number only where this
    reading found no number at all: a surname in capitals has the same ink, and a number
    read on another line is the likelier one; nor under the label of a field that stays."""
    img, name_box, num_box = _two_lines("VERMEULEN", "EH1234567")

    def fake_run_many(jobs):
        return [[ocr.Word("Liwpsscus", 28.0, 10, 10, 200, 30, 1, 1, 1)],
                [ocr.Word("EH1234567", 80.0, 30, 10, 260, 30, 1, 1, 1)]][:len(jobs)]

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    _w, hits = viznumbers.reread_lines(img, [name_box, num_box], [], number_unknown=True)
    assert [h[1][1] >= 120 for h in hits] == [True]              # the number only
    # alone, the unreadable line goes (deny by default) ...
    _w, hits = viznumbers.reread_lines(img, [name_box], [], number_unknown=True)
    assert len(hits) == 1
    # ... but not under a label naming a field that stays
    label = [ocr.Word("Naam", 85.0, name_box[0], name_box[1] - 30, 60, 16, 1, 1, 1),
             ocr.Word("/", 80.0, name_box[0] + 66, name_box[1] - 30, 6, 16, 1, 1, 1),
             ocr.Word("Surname", 85.0, name_box[0] + 78, name_box[1] - 30, 90, 16, 1, 1, 1)]
    assert viznumbers.reread_lines(img, [name_box], [], number_unknown=True, context=label)[1] == []
    number_label = [ocr.Word("Documentnummer", 85.0, name_box[0], name_box[1] - 30, 200, 16, 1, 1, 1)]
    assert len(viznumbers.reread_lines(img, [name_box], [], number_unknown=True, context=number_label)[1]) == 1


def test_a_number_cover_does_not_run_into_the_next_column():
    """A label and its number that a tilt joined row by row into one band three print
    heights tall: the cover stays on the number's own run and does not reach over the gap
    into the date printed in the next column."""
    import cv2

    img = np.full((200, 1000), 255, np.uint8)
    cv2.putText(img, "Kaartnummer / Card No", (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 0, 2, cv2.LINE_AA)
    cv2.putText(img, "599-9154585-47", (40, 102), cv2.FONT_HERSHEY_DUPLEX, 1.2, 0, 2, cv2.LINE_AA)
    cv2.putText(img, "09.05.2034", (415, 90), cv2.FONT_HERSHEY_DUPLEX, 1.2, 0, 2, cv2.LINE_AA)
    ys, xs = np.nonzero(img[:, :395] < 128)
    box = (float(xs.min()), float(ys.min()), float(xs.max()) + 1, float(ys.max()) + 1)
    quad = viznumbers.snap_to_ink(img, box, text_h=25.0)
    assert quad[:, 0].max() < 415
    assert quad[:, 0].min() <= box[0] and quad[:, 0].max() >= box[2] - 1


def test_mrz_lines_read_to_the_crop_ends_go_on_beyond_it():
    from studio_dsar.core.redaction.geometry import Frame

    fr = Frame(500.0, 500.0, 0.0, -200.0, 200.0, -30.0, 30.0, 2.0)   # a crop 800 px wide
    W = fr.size[0]

    def reading(x0: int, x1: int) -> mrzfind._Reading:
        lines = [[ocr.Word("P<UTOERIKSSON", 60.0, x0, 20 + 30 * i, x1 - x0, 24, 1, 1, i)] for i in range(2)]
        return mrzfind._Reading(None, lines, 0, False)

    assert mrzfind._cut_short(reading(5, 500), fr)            # runs into the left end
    assert mrzfind._cut_short(reading(300, W - 3), fr)        # ... or the right one
    assert not mrzfind._cut_short(reading(100, W - 100), fr)  # read whole within the crop


def test_a_bsn_shifted_in_an_mrz_whose_checks_fail_is_still_named():
    # a card back's first MRZ line read with a character too many before its optional data:
    # the fields shift, the checks fail, and the BSN printed above the MRZ (111222333, ending
    # its line) sits where no field of the format puts it; it is still searched for, and a
    # side that does not show it is flagged
    lines = ["I<NLDYPHMT9RN4G2111222333<<<<<", "9110074F3010208NLD<<<<<<<<<<<1", "VAN<DER<LINDEN<<AICHA<<<<<<<<"]
    res = mrz.parse(lines, "TD1")
    assert res is not None and not res.valid
    assert "111222333" not in res.numbers
    assert "111222333" in viznumbers.printed_numbers(res)
    # a valid MRZ is trusted field by field; a run that passes no check names nothing
    assert viznumbers.personal_numbers_in_lines(["I<NLDYPHMT9RN4G5111222334<<<<<"]) == []


def test_a_slanted_cover_vouches_only_for_the_print_it_covers():
    # a number's cover on a sloping line of an unrectified view runs at a slant: its bounding
    # box spans the line below as well, which stays open and may hold the document number
    line = (100, 200, 400, 230)
    slanted = np.array([[80, 40], [420, 250], [420, 265], [80, 55]], np.float32)   # crosses its end only
    assert viznumbers.unexplained_lines([line], [], [], [slanted]) == [line]
    box = (80.0, 40.0, 420.0, 265.0)   # the slanted cover's box would have vouched for it
    assert viznumbers.unexplained_lines([line], [], [box]) == []
    across = np.array([[80, 190], [420, 180], [420, 240], [80, 250]], np.float32)
    assert viznumbers.unexplained_lines([line], [], [], [across]) == []


def test_a_number_read_off_an_mrz_band_is_mrz_print():
    # an MRZ band no reading could parse is not blanked in the document's crop: a reading of
    # its second line has the shape of a document number, and took it for the one the front
    # prints, so the front's own number was never searched for
    from studio_dsar.core.redaction.engine import _in_band

    band = np.array([[100, 600], [900, 640], [898, 700], [98, 660]], np.float32)
    line2 = np.array([[110, 640], [300, 650], [300, 670], [110, 660]], np.float32)
    above = np.array([[600, 200], [760, 205], [760, 225], [600, 220]], np.float32)
    assert _in_band(line2, [band])
    assert not _in_band(above, [band])
    assert not _in_band(line2, [])


# --------------------------------------------------------------------------- no confidence
def test_a_document_number_read_with_no_confidence_still_goes():
    """A passport photographed at an angle: OCR reads its document number's shape, a run of
    capitals with a digit, but with no confidence at all ("ZSRWT4KAL" of ZSRWT4KA1, 0). Deny
    by default takes it; the surname in capitals beside it stays."""
    words = [_word("ZSRWT4KAL", 400, 10, conf=0.0, line=1),
             _word("Naam", 10, 60, 60, 15, line=2), _word("/", 75, 60, 8, 15, line=2),
             _word("Surname", 90, 60, 100, 15, line=2),
             _word("HUISMAN", 10, 80, line=3)]
    found = viznumbers.find_numbers(words, [])
    assert [(c, b[0], b[1], e) for c, b, e, _f in found] == [("number", 400, 10, "deny")]


def test_a_name_in_capitals_read_with_a_digit_under_its_label_stays():
    """The same shape under the label of a field that stays is that field (a surname in
    capitals OCR read with a digit for a letter, with no confidence): it stays legible."""
    words = [_word("Naam", 10, 60, 60, 15, line=1), _word("/", 75, 60, 8, 15, line=1),
             _word("Surname", 90, 60, 100, 15, line=1),
             _word("HOEK5TRAS", 10, 80, conf=0.0, line=2)]
    assert viznumbers.find_numbers(words, []) == []


@pytest.mark.parametrize("text", ["HOEKSTRA", "Nederlandse", "BURG.VAN", "12.03.2030", "PASPOORT", "P<NLD<<",
                                  "ZSRWT4KAL<<", "ZSRWT4"])
def test_what_is_no_capital_run(text):
    assert not viznumbers.capital_run(text)


@pytest.mark.parametrize("text", ["ZSRWT4KAL", "NTEUV5B20", "MA183805"])
def test_capital_runs(text):
    assert viznumbers.capital_run(text)


def test_filler_runs_read_as_letters_count_as_fillers():
    """A sharp filler run read as K's (and a C or E among them) counts as fillers; the
    letters of a name or a word do not."""
    assert mrz.filler_count("LEFEVRECKEVACEOPHIEKKKKCKKKKKK") >= 11
    assert mrz.filler_count("DE<HAAN<<CHLOE<ESTHER<NOELLE<<") == 7
    assert mrz.filler_count("CHECKEXCEEDKECK") == 0
    assert mrz.filler_count("8907286F2612306BEL890728614768") == 0


def test_a_band_read_end_to_end_is_whole_though_its_checks_fail():
    """Two lines read as long as a line of the format: the band's ends are found (its ink is
    not followed on, over a card beside it in line); lines read short are not."""
    lines = ["LENLDERAV<<<<<<ETIIG0SAZTOZSS4", "570K202T<H26050LOMB<<<<<<<<<<D", "LEFEVRECKEVACEOPHIEKKKKCKKKKKK"]
    res = mrz.parse(lines)
    assert res is not None and res.format == "TD1" and not res.valid
    assert mrzfind.read_whole(lines, res)
    assert not mrzfind.read_whole([x[:20] for x in lines], res)
    assert not mrzfind.read_whole(lines, None)


def _spaced_mrz_page(turn=0):
    """A TD1 band of widely spaced characters (the gap between two as wide as one, the lines
    less than a character's height apart) on a page twice the MRZ search's scale."""
    W, H = 2400, 1600
    im = Image.new("RGB", (W, H), (120, 90, 60))
    d = ImageDraw.Draw(im)
    d.rectangle((300, 300, 2100, 1300), fill=(236, 232, 228))
    f = ImageFont.truetype(BOLD, 40)
    for i, line in enumerate(TD1):
        for j, ch in enumerate(line):
            d.text((420 + 40 * j, 900 + 48 * i), ch, font=f, fill=(30, 30, 30))
    arr = np.asarray(im)[:, :, ::-1].copy()
    return np.ascontiguousarray(np.rot90(arr, turn))


@pytest.mark.parametrize("turn", [0, 1])
def test_the_lines_of_an_mrz_spaced_wide_are_line_candidates(turn):
    """Closed square, an MRZ whose characters stand far apart either stays in pieces (small
    kernel) or merges with the lines above and below (large kernel); closed along the page's
    axes its lines come out one by one."""
    page = _spaced_mrz_page(turn)
    lines = mrzfind.line_candidates(page)
    long_ = [ln for ln in lines if ln.length >= 1000 and ln.thick <= 60]
    assert len(long_) >= 2, [(round(ln.length), round(ln.thick)) for ln in lines]
    # (found by the flat closings only: the page's text directions and turns, which the
    # engine takes from the square closings' lines, stay as they were)
    assert all(ln.flat for ln in long_)
    assert not any(ln.flat for ln in mrzfind.square_lines(lines))


def _blob(cx, cy, length, thick, angle=8.0):
    return mrzfind.TextLine(cx, cy, length, thick, angle, np.zeros((4, 2)))


def test_an_mrz_too_small_to_read_is_told_by_its_lines():
    """Three lines of one length, each some 20 times as long as high, spaced as an MRZ's
    lines (and the blob of the block as a whole among them), read as long lines of garbage:
    an MRZ. Lines of different lengths, lines too short for their height, or a block no
    reading reads as long lines are not."""
    import math

    t = math.radians(8.0)

    def at(k, length, thick):
        return _blob(259 - k * math.sin(t), 606 + k * math.cos(t), length, thick)

    mrz_lines = [at(-13.5, 176, 8), at(0, 178, 9), at(13.5, 177, 8), at(0, 180, 36)]
    garbage = ["CAOETCFDODOTOOEHETEIT", "DCOROEDEDTCCAMTLAEACEC"]
    assert mrzfind.mrz_geometry(mrz_lines, garbage)
    assert mrzfind.mrz_geometry(mrz_lines, [], garbage)
    assert not mrzfind.mrz_geometry(mrz_lines, ["CAOETC", "DCOROE"])
    heading = [at(-13.5, 120, 8), at(0, 178, 9)]
    assert not mrzfind.mrz_geometry(heading, garbage)
    fields = [at(-20, 100, 12), at(0, 104, 12)]
    assert not mrzfind.mrz_geometry(fields, garbage)
    apart = [at(-40, 176, 8), at(0, 178, 8)]
    assert not mrzfind.mrz_geometry(apart, garbage)


def test_a_value_ocr_joined_to_a_line_above_its_label_is_still_its_value():
    """On a card read at a slant OCR may join the value under a label to words of a line
    above the label (their line then sorts before the label's): the value is the row of
    words right under the label, whatever line OCR put them in, not the next label down."""
    words = [_word("ole", -280, -18, 60, 51, line=1, conf=43.0), _word("wayrinsvs", 0, 27, 180, 38, line=1, conf=13.0),
             _word("Documentnummer", 0, 0, 180, 24, line=2, conf=23.0), _word("/", 190, 15, 6, 6, line=2),
             _word("Document", 200, 11, 110, 19, line=2), _word("No", 320, 17, 30, 16, line=2),
             _word("Geldig", -8, 79, 60, 22, line=3), _word("tot", 60, 86, 30, 13, line=3),
             _word("25", -11, 105, 28, 28, line=4), _word("JAN/JAN", 30, 109, 120, 30, line=4),
             _word("2029", 190, 122, 60, 30, line=4)]
    found = viznumbers.find_numbers(words, [])
    assert [(c, b[1], e) for c, b, e, _f in found] == [("document_number", 27, "label")], found


@pytest.mark.parametrize("line,dated", [
    (["17.19", "20271"], True), (["23,03.", "2028"], True), (["17.12", "2O31"], True),
    (["89.07", "28614", "76"], False), (["12", "85.05", "2006"], False)])
def test_a_date_in_digits_split_after_its_month_stays(line, dated):
    """"17.12.2031" read as "17.19" and "20271" is a date (a field that stays); pieces of a
    national number with more digits beside them are not."""
    words = [_word(t, 10 + 120 * i, 10, 100) for i, t in enumerate(line)]
    got = viznumbers.date_words(words)
    assert (got == {id(w) for w in words[:2]}) is dated, got


def test_flat_closing_lines_do_not_change_the_blocks_read_before(monkeypatch):
    """Lines only the flat closings found are read as blocks of their own, after the square
    closings' blocks and only where none of those lies: they never join (and so move) a
    block the MRZ search read before."""
    import dataclasses

    page, _box = _mrz_page(TD1, 26)
    square = mrzfind.square_lines(mrzfind.line_candidates(page))
    read: list[tuple[float, float, float, float]] = []

    def fake_read_both(img, fr, *_a, **_k):
        read.append((round(fr.cx), round(fr.cy), round(fr.x0), round(fr.x1)))
        r = mrzfind._Reading(None, [], 0, False)
        return np.zeros((4, 4), np.uint8), r, r, False

    monkeypatch.setattr(mrzfind, "_read_both", fake_read_both)
    mrzfind.find_mrz(page, lines=square)
    before = list(read)
    read.clear()
    # a flat closing's blob under the band, as long as its lines (print below it, joined)
    low = max((ln for ln in square if ln.length >= 0.5 * max(s.length for s in square)), key=lambda ln: ln.cy)
    extra = [dataclasses.replace(low, cy=low.cy + 2.0 * low.thick, pts=low.pts + np.array([0.0, 2.0 * low.thick]), flat=True)]
    mrzfind.find_mrz(page, lines=square + extra)
    assert before and read[:len(before)] == before, (before, read)


def _blob(cx: float, cy: float, length: float, thick: float = 12.0, flat: bool = True) -> mrzfind.TextLine:
    box = np.array([[cx - length / 2, cy - thick / 2], [cx + length / 2, cy - thick / 2],
                    [cx + length / 2, cy + thick / 2], [cx - length / 2, cy + thick / 2]])
    return mrzfind.TextLine(cx, cy, length, thick, 0.0, box, flat)


def test_flat_blocks_are_the_flat_closings_lines_outside_the_blocks_read_before():
    """Only the lines the flat closings alone found make the extra blocks; one whose centre lies
    in a block read before is dropped, and of the rest the longest ``FLAT_BLOCKS`` are read."""
    square = [_blob(500, 300, 600, flat=False), _blob(500, 330, 600, flat=False)]
    before = mrzfind._block_candidates(square)
    inside = _blob(500, 315, 500)             # (between the two square lines: their block)
    far = [_blob(500, 900 + 200 * i, 300 + 100 * i) for i in range(mrzfind.FLAT_BLOCKS + 1)]
    got = mrzfind.flat_blocks([*square, inside, *far], before)
    assert [round(c[1].cy) for c in got] == [900 + 200 * i for i in range(mrzfind.FLAT_BLOCKS, 0, -1)]
    assert all(ln.flat for c in got for ln in c[4])
    # with no block read before, the one between the square lines counts too
    assert len(mrzfind.flat_blocks([*square, inside], [])) == 1
    assert mrzfind.flat_blocks(square, []) == []


@pytest.mark.parametrize("turn", [0, 1])
def test_the_square_closings_lines_alone_are_those_the_whole_search_gives(turn):
    """``line_candidates(flat=False)`` (the self-check's search for print outside the
    documents) finds exactly the square closings' lines of the whole search: the flat
    closings, which it skips, only add lines of their own after them."""
    for page in (_spaced_mrz_page(turn), _mrz_page(TD1, 26, turn=turn)[0]):
        whole = mrzfind.square_lines(mrzfind.line_candidates(page))
        alone = mrzfind.line_candidates(page, flat=False)
        assert whole and len(alone) == len(whole)
        for a, b in zip(alone, whole, strict=True):
            assert (a.cx, a.cy, a.length, a.thick, a.angle, a.flat) == (b.cx, b.cy, b.length, b.thick, b.angle, b.flat)
            assert np.array_equal(a.pts, b.pts)
