"""An MRZ band found but not read whole: its lines' direction from the print itself, and its
ink followed to its ends (glare, a steep angle) so that it is blacked out whole, read or not."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from studio_dsar.core.redaction import mrzfind
from studio_dsar.core.redaction.geometry import Frame

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def _band(pitch: int = 16, tilt: float = 0.0, bend: float = 0.0, fade_from: float = 1.0):
    """A page with a TD3 band: every character tilted by ``tilt`` degrees about the band's
    start, the far end sagging by ``bend`` line heights (a page seen at a steep angle), the
    print from ``fade_from`` (share of the line) on washed out by glare. Returns the BGR
    page and a mask of the band's ink."""
    import cv2

    W, H = pitch * 60, pitch * 30
    im = Image.new("L", (W, H), 235)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, int(pitch * 1.4))
    x0, y0 = 4 * pitch, H // 2
    lh = int(pitch * 1.6)
    t = np.radians(tilt)
    n = len(TD3[0])
    for i, line in enumerate(TD3):
        for j, ch in enumerate(line):
            u = j / (n - 1)
            x = x0 + pitch * j * np.cos(t)
            y = y0 + lh * i + pitch * j * np.sin(t) + bend * lh * u * u
            fill = 30 if u < fade_from else 175
            d.text((x, y), ch, font=f, fill=fill)
    g = np.asarray(im)
    ink = g < 215
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), ink, (x0, y0, lh)


def _mask(polys, shape) -> np.ndarray:
    import cv2

    m = np.zeros(shape[:2], np.uint8)
    for p in polys:
        cv2.fillPoly(m, [np.round(p).astype(np.int32)], 1)
    return m.astype(bool)


@pytest.mark.parametrize("tilt", [-4.0, -2.0, 2.5, 5.0])
def test_line_skew_finds_the_direction_of_the_print(tilt):
    import cv2

    page, _ink, (x0, y0, lh) = _band(tilt=tilt)
    fr = Frame(x0 + 22 * 16, y0 + lh, 0.0, -26 * 16, 26 * 16, -3 * lh, 3 * lh, 1.0)
    skew = mrzfind.line_skew(cv2.cvtColor(fr.crop(page), cv2.COLOR_BGR2GRAY))
    assert abs(skew - tilt) <= 0.75


def test_a_band_found_in_part_is_followed_to_its_end_along_a_bend():
    """Blobs found only the first third of a band (glare took the rest, which sags with the
    perspective): the ink beyond goes too, the cover bending with the lines."""
    page, ink, (x0, y0, lh) = _band(bend=1.2, fade_from=0.45)
    pitch = 16
    part = 15 * pitch
    fr = Frame(x0 + part / 2, y0 + lh, 0.0, -part / 2 - 10, part / 2 + 10, -1.5 * lh, 1.5 * lh, 2.0)
    # the box of the part found, in the frame's crop pixels
    box = (10 * 2.0, 0.35 * lh * 2.0, (part + 10) * 2.0, 2.7 * lh * 2.0)
    polys = mrzfind.band_ink(page, fr, box, part)
    covered = _mask([fr.rect_to_page(*box), *polys], page.shape)
    assert covered[ink].mean() >= 0.98
    # the cover stays on the band: not a box over the whole page
    assert covered.mean() < 3 * ink.any(axis=1).mean() * ink.any(axis=0).mean()


def test_a_band_read_whole_gains_nothing():
    page, _ink, (x0, y0, lh) = _band()
    n = len(TD3[0])
    fr = Frame(x0 + n * 8, y0 + lh, 0.0, -n * 8 - 20, n * 8 + 20, -1.5 * lh, 1.5 * lh, 1.0)
    box = (10.0, 0.35 * lh, n * 16 + 30.0, 2.7 * lh)
    polys = mrzfind.band_ink(page, fr, box, n * 16)
    covered = _mask(polys, page.shape)
    # at most a character's width beyond either end
    cols = np.nonzero(covered.any(axis=0))[0]
    assert cols.size == 0 or (cols.min() >= x0 - 60 and cols.max() <= x0 + n * 16 + 90)


def test_line_skew_follows_the_print_not_a_page_edge():
    """A page seen at a steep angle: its print lies at 4 degrees while the edge of the page
    below it lies level (as a view along the MRZ shows it). The print decides."""
    import cv2

    page, _ink, (_x0, y0, lh) = _band(tilt=4.0)
    cv2.line(page, (10, y0 + 6 * lh), (page.shape[1] - 10, y0 + 6 * lh), (20, 20, 20), 3)
    cv2.line(page, (10, y0 - 3 * lh), (page.shape[1] - 10, y0 - 3 * lh), (20, 20, 20), 2)
    g = cv2.cvtColor(page, cv2.COLOR_BGR2GRAY)
    assert abs(mrzfind.line_skew(g) - 4.0) <= 0.75


def _w(text, x, y, line=1):
    from studio_dsar.core.redaction import ocr

    return ocr.Word(text, 90.0, x, y, 18 * len(text), 30, 1, 1, line)


@pytest.mark.parametrize("number", ["IRWE02D73", "ISPX20K41", "OLKM19AB7", "IRDYBFI05", "IENAVMNI7"])
def test_a_document_number_with_the_shape_of_a_date_cut_short_is_a_number(number):
    """A Dutch document number starting with I (or O read for 0), then letters and two digits
    reads like a day, a month and a year cut short; it runs on, and a date does not."""
    from studio_dsar.core.redaction import viznumbers

    label = [_w("Documentnummer", 10, 10, 1), _w("/", 300, 10, 1), _w("Document", 330, 10, 1), _w("No", 500, 10, 1)]
    found = viznumbers.find_numbers([*label, _w(number, 10, 50, 2)], [])
    assert any(b[1] >= 50 and ev in ("validator", "deny") for _c, b, ev, _f in found)
    assert not viznumbers.date_words([_w(number, 10, 50, 2)])


@pytest.mark.parametrize("date", ["12 JULUL 1992", "28 APR/AVR 1977", "O3 MAA/MAR 2030", "17.01.2 001", "OI JAN 2001", "1O MEI/MAI 2025"])
def test_printed_dates_stay_dates(date):
    from studio_dsar.core.redaction import viznumbers

    ws = [_w(t, 10 + 120 * i, 50) for i, t in enumerate(date.split())]
    assert len(viznumbers.date_words(ws)) == len(ws)


def test_a_band_read_short_of_its_far_end_is_covered_to_it():
    """A page at a steep angle: the name line's fillers sag out of the view the lines were read
    in (they carry no check digit, so the reading is valid without them); the cover goes on."""
    page, ink, (x0, y0, lh) = _band(bend=1.5)
    n = len(TD3[0])
    read = 30 * 16
    fr = Frame(x0 + read / 2, y0 + lh, 0.0, -read / 2 - 10, read / 2 + 10, -1.6 * lh, 1.6 * lh, 1.0)
    box = (10.0, 0.6 * lh, read + 10.0, 3.4 * lh)   # the words read (their sag included)
    polys = mrzfind.band_ink(page, fr, box, n * 16)
    covered = _mask([fr.rect_to_page(*box), *polys], page.shape)
    assert covered[ink].mean() >= 0.98
    assert not _mask([fr.rect_to_page(*box)], page.shape)[ink].mean() >= 0.98


def test_the_length_of_an_mrz_line_comes_from_its_narrowest_pitch():
    # specks of a speckled desk beside a card's MRZ, glued by OCR to a line's end, widen its
    # word (and with it the band's box, and the card's frame, past the card); the characters
    # of the other lines keep their pitch
    from studio_dsar.core.redaction import ocr
    from studio_dsar.core.redaction.mrzfind import _line_width

    words = [ocr.Word("I<NLDYPHMT9RN42140609908<<<<<<", 90.0, 100, 10, 690, 30, 1, 1, 1),   # 30 at 23 px
             ocr.Word("079110074F3010208NLD<<<<<FEE", 60.0, 0, 60, 1405, 30, 1, 2, 1),     # debris glued on
             ocr.Word("PS", 10.0, 1500, 10, 80, 30, 1, 1, 2)]
    assert _line_width(words, "TD1") == pytest.approx(690.0)
    assert _line_width(words, None) is None
    assert _line_width(words[2:], "TD1") is None   # no long word: no pitch to go by


def test_a_band_read_in_part_places_its_document_by_its_print():
    # glare hid a passport MRZ's right half from every reading, and none could parse it: the
    # document's frame, made from what was read, stopped at the page's middle and the document
    # number printed top right was never read; the band's print beyond its box places it
    from studio_dsar.core.redaction.engine import _doc_frame_from_mrz

    fr = Frame(500.0, 500.0, 0.0, -400.0, 400.0, -50.0, 50.0, 1.0)
    ink = np.array([[500, 470], [860, 470], [860, 530], [500, 530]], np.float32)
    part = mrzfind.MrzHit(fr, (0.0, 20.0, 400.0, 80.0), None, "TD3", 40.0, ink=[ink])
    df = _doc_frame_from_mrz(part, (1000, 1000, 3))
    assert df.to_page([[df.size[0], 0]])[0][0] >= 860
    # a band whose reading parsed is placed by what was read
    read = mrzfind.MrzHit(fr, (0.0, 20.0, 400.0, 80.0), object(), "TD3", 90.0, ink=[ink])  # type: ignore[arg-type]
    rd = _doc_frame_from_mrz(read, (1000, 1000, 3))
    assert rd.to_page([[rd.size[0], 0]])[0][0] < 860
