"""Safety on other countries' documents: what a side prints that no MRZ vouches for.

A card back of most countries prints a national number its MRZ does not hold (an Italian
fiscal code, a Luxembourg national number); blurred, no reading finds it, and nothing told
anyone it was there. Fronts of some countries print two numbers (a Spanish DNI and its
support number, a Polish card number and PESEL): one found must not end the search for the
other."""

from __future__ import annotations

import numpy as np
import pytest

from studio_dsar.core.redaction import mrz, mrzfind, ocr, viznumbers
from studio_dsar.core.redaction.engine import card_back, numbers_doubt
from studio_dsar.core.redaction.faces import Face
from studio_dsar.core.redaction.geometry import Frame

needs_ocr = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")

# an Italian card's MRZ (TD1): the card number, no personal number in its optional data
TD1 = ["I<ITACA12345AB8<<<<<<<<<<<<<<<",
       "8506151F3012316ITA<<<<<<<<<<<8",
       "ROSSI<<MARIA<<<<<<<<<<<<<<<<<<"]


def _hit(lines: list[str], fmt: str) -> mrzfind.MrzHit:
    res = mrz.parse(lines)
    return mrzfind.MrzHit(Frame(0, 0, 0, 0, 100, 0, 20, 1.0), (0, 0, 100, 20), res, fmt, 90.0)


def test_a_card_back_is_a_td1_mrz_side_with_no_face():
    hit = _hit(TD1, "TD1")
    assert hit.result is not None and hit.result.valid
    assert card_back("mrz", hit, [])
    assert not card_back("mrz", hit, [Face(50, 10, 30, 0.0, 0.9)])   # an MRZ beside a portrait
    assert card_back("back", None, [])                               # the side of an unread MRZ
    # ... but not beside a portrait: a passport's data page whose MRZ no reading could parse
    assert not card_back("back", None, [Face(50, 10, 30, 0.0, 0.9)])
    assert not card_back("portrait", None, [])
    assert not card_back("card", None, [])


def test_a_card_back_with_a_valid_mrz_has_its_lines_read_again():
    """A valid MRZ vouches for the numbers it holds; a back's national number is in no MRZ of
    most countries: its lines are read again one by one."""
    hit = _hit(TD1, "TD1")
    assert numbers_doubt("mrz", hit, [], [], back=True) == "card-back"
    assert numbers_doubt("mrz", hit, [], []) == ""


def _printed_line(text: str, blur: float = 1.5) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    import cv2

    img = np.full((120, 800), 255, np.uint8)
    cv2.putText(img, text, (20, 80), cv2.FONT_HERSHEY_DUPLEX, 1.5, 0, 3, cv2.LINE_AA)
    img = cv2.GaussianBlur(img, (0, 0), blur)
    ys, xs = np.nonzero(img < 128)
    return img, (int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1)


def _reads(*words: tuple[str, float]):
    def fake_run_many(jobs):
        return [[ocr.Word(t, c, 10 + 120 * i, 10, 100, 30, 1, 1, 1) for i, (t, c) in enumerate(words)]
                for _job in jobs]
    return fake_run_many


def test_an_unreadable_line_of_a_card_back_goes(monkeypatch):
    """A blurred fiscal code that even the line's own reading garbles ("Rssmra", "B5Tl0",
    read with no confidence): on a back, where nothing must stay legible, the line goes."""
    monkeypatch.setattr(ocr, "run_many", _reads(("Rssmra", 31.0), ("B5Tl0", 22.0)))
    img, box = _printed_line("RSSMRA85T10A562S")
    _w, hits = viznumbers.reread_lines(img, [box], [], deny_unread=True)
    assert len(hits) == 1 and hits[0][0] == "number"
    assert hits[0][1][0] <= box[0] + 2 and hits[0][1][2] >= box[2] - 2
    # on a side with fields that stay, such a line is left (a name OCR garbled)
    assert viznumbers.reread_lines(img, [box], [])[1] == []


@pytest.mark.parametrize("words", [(("Charleroi", 91.0),), (("Via", 88.0), ("Roma", 90.0)),
                                   (("13.08.2020", 70.0),)])
def test_a_line_of_a_card_back_read_as_words_or_a_date_stays(monkeypatch, words):
    monkeypatch.setattr(ocr, "run_many", _reads(*words))
    img, box = _printed_line("Charleroi")
    assert viznumbers.reread_lines(img, [box], [], deny_unread=True)[1] == []


@pytest.mark.parametrize("label,cat", [("Codice fiscale / Fiscal code", "rrn"), ("NUMER PESEL", "rrn"),
                                       ("Numéro d'identification", "rrn"), ("DNI", "document_number"),
                                       ("NUM SOPORT", "document_number")])
def test_labels_of_other_countries_numbers(label, cat):
    from studio_dsar.core.redaction import numbers

    assert numbers.label_category(label) == cat


@pytest.mark.parametrize("text", ["numer (Cograce | tes", "Surname / Cognome / Nom", "DOCUMENTO NACIONAL DE IDENTIDAD",
                                  "Date of birth", "REPUBBLICA ITALIANA", "Uniform"])
def test_no_label_in_kept_labels_or_headers_ocr_garbled(text):
    # a kept field's label OCR garbled must not name a number: the line under it would go
    from studio_dsar.core.redaction import numbers

    assert numbers.label_category(text) is None


def _front_view():
    """A front's text view: a surname under its label, a DNI number (read and covered), and a
    support number no reading read."""
    import cv2

    img = np.full((420, 900), 250, np.uint8)
    cv2.putText(img, "Surname", (40, 50), cv2.FONT_HERSHEY_SIMPLEX, 0.7, 90, 1, cv2.LINE_AA)
    cv2.putText(img, "DE CONINCK", (40, 110), cv2.FONT_HERSHEY_DUPLEX, 1.4, 20, 3, cv2.LINE_AA)
    cv2.putText(img, "12345678Z", (40, 230), cv2.FONT_HERSHEY_DUPLEX, 1.4, 20, 3, cv2.LINE_AA)
    cv2.putText(img, "BAA000589", (480, 230), cv2.FONT_HERSHEY_DUPLEX, 1.4, 20, 3, cv2.LINE_AA)
    cv2.putText(img, "Sofie Anna", (40, 340), cv2.FONT_HERSHEY_DUPLEX, 1.4, 20, 3, cv2.LINE_AA)
    return viznumbers.flatten(cv2.GaussianBlur(img, (0, 0), 1.2))


def test_a_second_number_no_reading_read_is_left_for_a_person():
    """A front's DNI number was read and covered: its support number beside it, which the
    readings saw as a few digits among letters of no confidence and could not make a number
    of, is a print line with a number's ink left open (a person must look); the surname in
    capitals under its label and a name in lower case are not, nor a line of capitals in
    which no reading saw a digit (a heading, a label)."""
    from studio_dsar.core.redaction.engine import _number_lines_left

    flat = _front_view()
    fr = Frame(450, 210, 0.0, -450, 450, -210, 210, 1.0)
    words = [ocr.Word("Surname", 90.0, 40, 35, 100, 18, 1, 1, 1),
             ocr.Word("Sofie", 92.0, 40, 310, 110, 32, 1, 1, 4), ocr.Word("Anna", 91.0, 170, 310, 100, 32, 1, 1, 4)]
    cover = [np.array([[30, 195], [300, 195], [300, 240], [30, 240]], float)]
    assert _number_lines_left(fr, words, fr, [], flat, cover, []) == []    # no digit seen there
    words.append(ocr.Word("BAAOO0S8", 20.0, 482, 200, 270, 32, 1, 1, 3))
    left = _number_lines_left(fr, words, fr, [], flat, cover, [])
    assert [b[0] >= 450 and 190 <= (b[1] + b[3]) / 2 <= 240 for b in left] == [True]
    # read and covered too: nothing is left
    cover.append(np.array([[470, 195], [760, 195], [760, 240], [470, 240]], float))
    assert _number_lines_left(fr, words, fr, [], flat, cover, []) == []


def test_a_sides_print_lines_are_found_once_for_every_check_of_its_lines():
    """The checks of a side's lines take its print height and lines as found once
    (``_side_print``): the same answers as each finding them anew, and from those lines only."""
    from studio_dsar.core.redaction.engine import _number_lines_left, _side_print, _unexplained

    flat = _front_view()
    fr = Frame(450, 210, 0.0, -450, 450, -210, 210, 1.0)
    words = [ocr.Word("Surname", 90.0, 40, 35, 100, 18, 1, 1, 1), ocr.Word("BAAOO0S8", 20.0, 482, 200, 270, 32, 1, 1, 3)]
    cover = [np.array([[30, 195], [300, 195], [300, 240], [30, 240]], float)]
    side = _side_print(fr, words, fr, [], flat)
    assert side[1]
    left = _number_lines_left(fr, words, fr, [], flat, cover, [])
    assert left and _number_lines_left(fr, words, fr, [], flat, cover, [], side) == left
    assert _unexplained(fr, words, fr, [], flat, cover, side=side) == _unexplained(fr, words, fr, [], flat, cover)
    none = (side[0], [])
    assert _number_lines_left(fr, words, fr, [], flat, cover, [], none) == []
    assert _unexplained(fr, words, fr, [], flat, cover, side=none) == []


def _barcode_page(turn: float, blur: float, shear: float = 0.3):
    """A card back's barcode (random bars, as Code 128 prints them) beside print, sheared,
    turned and blurred as on a phone photo of a card seen at an angle; and its corners."""
    import cv2

    rng = np.random.default_rng(7)
    page = np.full((1000, 1400, 3), 245, np.uint8)
    x, bar = 400, True
    while x < 900:   # bars and spaces in turn, one to four modules of 2 px wide
        w = 2 * int(rng.integers(1, 5))
        if bar:
            page[400:470, x:x + w] = 20
        x, bar = x + w, not bar
    cv2.putText(page, "CODICE FISCALE / FISCAL CODE", (380, 300), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (60, 60, 60), 2)
    cv2.putText(page, "RSSMRA85T10A562S", (380, 360), cv2.FONT_HERSHEY_DUPLEX, 1.4, (20, 20, 20), 3)
    cv2.putText(page, "IDITACA12345AB8<<<<<<<<<<", (250, 650), cv2.FONT_HERSHEY_DUPLEX, 1.6, (20, 20, 20), 3)
    cv2.rectangle(page, (200, 200), (1200, 800), (40, 40, 40), 3)   # a card's edge
    m = np.vstack([cv2.getRotationMatrix2D((700, 500), turn, 1.0), [0, 0, 1]])
    m = (m @ np.array([[1, shear, -shear * 435], [0, 1, 0], [0, 0, 1]]))[:2]
    page = cv2.warpAffine(page, m, (1400, 1000), borderValue=(245, 245, 245))
    page = cv2.GaussianBlur(page, (0, 0), blur)
    corners = cv2.transform(np.array([[[400, 400], [900, 400], [900, 470], [400, 470]]], np.float32), m)[0]
    return page, corners


@pytest.mark.parametrize("turn,blur", [(0.0, 0.8), (25.0, 1.2), (-70.0, 1.0)])
def test_a_barcode_is_found_by_its_bars_whatever_it_encodes(turn, blur):
    """OpenCV's barcode detector finds no barcode whose bars lean (a card photographed at an
    angle); a card back's barcode holds its fiscal code: found by its bars, and only it."""
    import cv2

    from studio_dsar.core.redaction.codes import find_bars, find_codes

    page, corners = _barcode_page(turn, blur)
    found = find_bars(page)
    assert len(found) == 1
    q = found[0].astype(np.float32)
    assert all(cv2.pointPolygonTest(q, (float(x), float(y)), False) >= 0 for x, y in corners)
    assert [f.category for f in find_codes(page)] == ["barcode"]


def test_a_code_box_larger_than_the_page_is_no_code(monkeypatch):
    """OpenCV's barcode detector placed a "barcode" larger than the photo of a passport page
    (its corners off the page): blacked out, it took every field that stays. A code is printed
    on the page and is small beside it; a detector's box that is not is dropped, a printed
    code's box is kept."""
    import cv2

    from studio_dsar.core.redaction import codes

    boxes: list[np.ndarray] = []

    class FakeDetector:
        def detect(self, img):
            return True, np.array(boxes, np.float32)

    monkeypatch.setattr(cv2.barcode, "BarcodeDetector", FakeDetector)
    monkeypatch.setattr(codes, "find_bars", lambda img: [])
    page = np.full((1000, 1400, 3), 240, np.uint8)
    boxes[:] = [[[-150, 980], [-140, -30], [1550, -20], [1540, 990]]]
    assert codes.find_codes(page) == []
    boxes[:] = [[[100, 700], [100, 600], [600, 600], [600, 700]]]
    assert [f.evidence for f in codes.find_codes(page)] == ["barcode"]
    boxes[:] = [[[50, 950], [50, 50], [1350, 50], [1350, 950]]]     # most of the page
    assert codes.find_codes(page) == []


def test_stripes_and_edges_are_no_barcode():
    import cv2

    from studio_dsar.core.redaction.codes import find_bars

    page = np.full((1000, 1400, 3), 200, np.uint8)
    for x in range(0, 1400, 40):   # a striped desk
        page[:, x:x + 18] = 120
    cv2.rectangle(page, (300, 300), (1100, 800), (250, 250, 250), -1)
    cv2.putText(page, "DE CONINCK 12345678Z", (340, 500), cv2.FONT_HERSHEY_DUPLEX, 1.6, (20, 20, 20), 3)
    assert find_bars(cv2.GaussianBlur(page, (0, 0), 1.0)) == []


@needs_ocr
def test_a_passport_number_printed_along_the_page_edge_goes():
    """British, French and Irish data pages print the passport number again, turned a
    quarter, along the page's right edge: the MRZ names it, no reading across the page reads it."""
    import cv2

    from studio_dsar.core.redaction.engine import edge_numbers

    page = np.full((1100, 1600, 3), 240, np.uint8)
    # the MRZ's box: 1400 px long, its top at y=900
    box = (100.0, 900.0, 1500.0, 1000.0)
    strip = np.full((90, 520, 3), 240, np.uint8)
    cv2.putText(strip, "L898902C3", (10, 70), cv2.FONT_HERSHEY_DUPLEX, 2.0, (40, 40, 40), 4, cv2.LINE_AA)
    page[300:820, 1470:1560] = cv2.rotate(strip, cv2.ROTATE_90_COUNTERCLOCKWISE)
    cv2.putText(page, "14 AUG 2026", (1050, 500), cv2.FONT_HERSHEY_DUPLEX, 1.2, (20, 20, 20), 2, cv2.LINE_AA)
    page = cv2.GaussianBlur(page, (0, 0), 1.0)
    res = mrz.parse(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                     "L898902C36UTO7408122F1204159ZE184226B<<<<<10"])
    hit = mrzfind.MrzHit(Frame(0, 0, 0.0, 0, 1600, 0, 1100, 1.0), box, res, "TD3", 90.0)
    found = edge_numbers(page, hit, res.numbers)
    assert found
    mask = np.zeros(page.shape[:2], np.uint8)
    for f in found:
        cv2.fillPoly(mask, [np.round(f.polygon).astype(np.int32)], 1)
    ys, xs = np.nonzero(page[:, 1460:1570].min(axis=2) < 120)
    assert mask[ys, xs + 1460].mean() > 0.98                 # the number, whole
    assert mask[470:505, 1050:1320].mean() == 0              # the expiry date beside it stays
