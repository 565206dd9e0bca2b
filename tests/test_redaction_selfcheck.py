"""The turns at which the self-check looks for faces on the redacted page."""

from __future__ import annotations

import math

import numpy as np
import pytest

from studio_dsar.core.redaction import faces


@pytest.mark.parametrize(("angles", "turns"), [
    ([], (0, 1, 2, 3)), ([0.0], (0,)), ([-90.0], (1,)), ([180.0], (2,)), ([90.0], (3,)),
    ([-175.0], (2,)), ([12.0, 95.0], (0, 3)), ([44.0], (0, 3)), ([-44.0], (0, 1)),
])
def test_self_check_looks_for_faces_upright_on_each_document(angles, turns):
    assert faces.turns_for(angles) == turns


def test_every_review_reason_the_engine_gives_has_a_message():
    """A reason code without its sentence would reach the owner as a bare code."""
    import re
    from pathlib import Path

    from studio_dsar.core.redaction import REVIEW_REASONS

    src = Path(faces.__file__).parent
    codes = set()
    for path in src.glob("*.py"):
        codes |= set(re.findall(r"""review\.append\(\s*["']([a-z_]+)["']""", path.read_text()))
    assert "self_check_found" in codes
    assert codes <= set(REVIEW_REASONS), sorted(codes - set(REVIEW_REASONS))


def _harsh(name: str):
    import json
    from pathlib import Path

    import cv2

    data = Path(__file__).parent / "data" / "idscans_harsh"
    page = cv2.imread(str(data / f"{name}.jpg"))
    truth = json.loads((data / f"{name}.json").read_text())
    return page, truth["pages"][0]["regions"]


@pytest.mark.parametrize("name", ["0001", "0004", "0006", "0009"])
def test_self_check_finds_a_ghost_portrait_left_visible(name):
    """The analysis's covers burnt but for those over the ghost portrait (its own, and an MRZ
    band's cover that may reach it): the self-check must see the small, faint face (too small
    for its page search) on the document's own view."""
    import cv2

    from studio_dsar.core.redaction import engine, ocr, selfcheck

    if faces.backend() is None:
        pytest.skip("no face detector installed")
    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    page, regions = _harsh(name)
    ghost = np.array(next(r["polygon"] for r in regions if r["category"] == "ghost_photo"), float)
    res = engine.analyse_page(page)
    cx, cy = ghost.mean(0)
    kept = [f for f in res.findings if f.category != "ghost_photo"
            and cv2.pointPolygonTest(f.polygon.astype(np.float32), (float(cx), float(cy)), False) < 0]
    red, mask = engine.burn(page, kept)
    assert mask[int(ghost[:, 1].mean()), int(ghost[:, 0].mean())] == 0    # the ghost is visible
    found = selfcheck.check_page(red, mask, res.frames, res.mrz_numbers, page_faces=res.page_faces)
    assert any(cv2.pointPolygonTest(f.polygon.astype(np.float32), (float(cx), float(cy)), False) >= 0
               for f in found), [f.as_dict() for f in found]
    # and its second pass blacks out the whole ghost portrait
    red2, _m2 = engine.burn(page, kept + found)
    g = np.zeros(page.shape[:2], np.uint8)
    cv2.fillPoly(g, [np.round(ghost).astype(np.int32)], 1)
    assert (red2[g > 0] <= 10).all(axis=1).mean() >= 0.98


@pytest.mark.parametrize("upside_down", [False, True])
def test_self_check_reads_print_outside_every_document_it_found(upside_down):
    """A second document the analysis missed (here: MRZ lines and a document number on the
    right half of the page, the analysis's only view on the left half): the self-check reads
    the page's print lines outside its views too, whichever way up they lie."""
    import cv2

    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    page = np.full((1200, 1800, 3), 245, np.uint8)
    cv2.putText(page, "JANSSENS", (120, 300), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (30, 30, 30), 2)
    lines = ["IDBEL5921234567<<<<<<<<<<<<<<", "8501014M3001017BEL85010100152", "SPNW3KH72"]
    for i, t in enumerate(lines):
        cv2.putText(page, t, (960, 500 + 70 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (20, 20, 20), 2)
    if upside_down:
        page = page[::-1, ::-1].copy()
    mask = np.zeros(page.shape[:2], bool)
    left = Frame(450.0, 600.0, 180.0 if upside_down else 0.0, -450, 450, -600, 600, 1.0)
    if upside_down:
        left = Frame(1350.0, 600.0, 180.0, -450, 450, -600, 600, 1.0)
    found = selfcheck.check_page(page, mask, [left], [], page_faces=[])
    assert any(f.evidence == "self-check" and f.category == "number" for f in found), found
    # the whole MRZ-like run is blacked out where it is printed
    xs = np.concatenate([f.polygon[:, 0] for f in found])
    assert (xs.min() < 1800 - 960) if upside_down else (xs.max() > 960)


def test_rest_of_page_is_empty_when_all_print_is_in_the_documents():
    import cv2

    from studio_dsar.core.redaction import selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    page = np.full((1200, 1800, 3), 245, np.uint8)
    cv2.putText(page, "IDBEL5921234567<<<<<<<<<<<<<<", (960, 500), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (20, 20, 20), 2)
    whole = Frame(900.0, 600.0, 0.0, -900, 900, -600, 600, 1.0)
    assert selfcheck.rest_of_page(page, np.zeros(page.shape[:2], bool), [whole]) == []
    assert len(selfcheck.rest_of_page(page, np.zeros(page.shape[:2], bool), [])) == 2


@pytest.mark.parametrize("blur", [0, 15])
def test_a_check_that_reads_no_text_on_a_document_says_so(blur):
    """A document so blurred that the check's own reading finds no text on it: what a person
    can still read there, the check cannot, so the page is flagged (a clear one is not)."""
    import cv2

    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    page = np.full((700, 1100, 3), 240, np.uint8)
    for i, t in enumerate(("JANSSENS", "Marie Louise", "NEDERLANDSE", "Amsterdam")):
        cv2.putText(page, t, (120, 150 + 90 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (25, 25, 25), 3)
    if blur:
        page = cv2.GaussianBlur(page, (0, 0), blur)
    review: list[str] = []
    selfcheck.check_page(page, np.zeros(page.shape[:2], bool), [Frame(550.0, 350.0, 0.0, -550, 550, -350, 350, 1.0)],
                         [], page_faces=[], portraits=[], review=review)
    assert ("low_ocr_confidence" in review) == bool(blur)


def test_a_card_on_a_larger_outline_is_a_document_of_its_own():
    """The card search keeps the largest outline (a patch of desk lit like paper, around
    every document of a photo) and drops the cards in it: a card the quadrilateral search
    found in it is added, while one the card search already has is not added twice."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.layout import Card

    desk = Card(1000.0, 900.0, 0.0, 2000.0, 1350.0)
    front = Card(800.0, 850.0, -25.0, 540.0, 340.0)
    same = Card(805.0, 852.0, -25.0, 530.0, 335.0)
    assert engine.merge_outlines([desk], [front]) == [desk, front]
    assert engine.merge_outlines([desk, front], [same]) == [desk, front]
    assert engine.merge_outlines([front], [same]) == [front]


def test_the_check_names_the_outlines_no_document_view_covers():
    from studio_dsar.core.redaction import selfcheck
    from studio_dsar.core.redaction.geometry import Frame
    from studio_dsar.core.redaction.layout import Card

    back = Frame(1400.0, 640.0, -27.0, -500, 500, -330, 40, 1.0)
    front = Card(800.0, 850.0, -25.0, 540.0, 340.0)
    desk = Card(1000.0, 900.0, 0.0, 2000.0, 1350.0)      # around both: holds the view's centre
    read = Card(1400.0, 500.0, -27.0, 540.0, 340.0)      # the back's own outline
    assert selfcheck.unchecked_outlines([desk, front, read], [back]) == [front]
    assert selfcheck.unchecked_outlines([front], [back, front.frame()]) == []


def test_a_document_outline_no_analysis_read_is_read_and_flagged():
    """A card the analysis read no document for (its face not found, its outline lost): the
    check reads it, whichever way up, blacks out what is number-like and flags the page, as
    it cannot vouch for a portrait no analysis placed."""
    import cv2

    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame
    from studio_dsar.core.redaction.layout import Card

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    page = np.full((1200, 1800, 3), 120, np.uint8)
    cv2.rectangle(page, (1000, 400), (1700, 840), (235, 235, 235), -1)
    cv2.putText(page, "JANSSENS", (1250, 520), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (30, 30, 30), 2)
    cv2.putText(page, "591-0074845-63", (1250, 620), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (30, 30, 30), 2)
    card = Card(1350.0, 620.0, 0.0, 700.0, 440.0)
    view = Frame(450.0, 600.0, 0.0, -400, 400, -500, 500, 1.0)     # the one document read
    review: list[str] = []
    found = selfcheck.check_page(page, np.zeros(page.shape[:2], bool), [view], [], page_faces=[],
                                 portraits=[], review=review, outlines=[card])
    assert "document_not_checked" in review
    assert any(f.category == "number" and f.polygon[:, 1].min() < 620 < f.polygon[:, 1].max() for f in found)
    review = []
    selfcheck.check_page(page, np.zeros(page.shape[:2], bool), [view, card.frame()], [], page_faces=[],
                         portraits=[], review=review, outlines=[card])
    assert "document_not_checked" not in review


@pytest.mark.parametrize(("level_text", "reads"), [
    # the level view reads as text beyond doubt: its turned-round twin (the same pixels) is not read
    ("JANSSENS MARIE LOUISE AMSTERDAM NEDERLANDSE ROTTERDAM", 2),
    # it does not: the twin is read too, and the more legible reading counts
    ("", 3),
])
def test_print_outside_the_documents_is_read_turned_round_only_when_in_doubt(monkeypatch, level_text, reads):
    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    def word(text: str) -> ocr.Word:
        return ocr.Word(text, 90.0, 10, 10, 20 * len(text), 20, 1, 1, 1)

    calls: list[float] = []

    def fake_run_many(jobs, workers=2):
        out = []
        for img, _psm, _wl in jobs:
            calls.append(float(img.mean()))
            # (the views are told apart by their grey: the turned-round one is darker)
            out.append([word(t) for t in level_text.split()] if img.mean() > 200
                       else [word("8501014M3001017")])
        return out

    monkeypatch.setattr(ocr, "run_many", fake_run_many)
    monkeypatch.setattr(selfcheck, "blanked", lambda fr, crops: np.full((40, 40), 230 if fr.angle == 0 else 100,
                                                                           np.uint8))
    page = np.full((400, 600, 3), 245, np.uint8)
    doc = Frame(100.0, 100.0, 0.0, -50, 50, -50, 50, 1.0)
    rest = [Frame(400.0, 200.0, 0.0, -100, 100, -20, 20, 1.0), Frame(400.0, 200.0, 180.0, -100, 100, -20, 20, 1.0)]
    found = selfcheck.check_text(page, np.zeros(page.shape[:2], bool), [doc], [], rest)
    assert len(calls) == reads
    # a number-like run read only turned round is found when the level reading is in doubt
    assert bool(found) == (reads == 3)


def test_digits_left_beside_a_cover_are_a_numbers_remains() -> None:
    """Glare washed out the middle of a national register number: OCR read and covered its end,
    and of its start read only "95". Alone two digits look like nothing; beside the cover that
    runs on along their line they are what is left of the number, and the check must find them.
    The same two digits far from any cover, and a printed date beside a cover, stay."""
    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    mask = np.zeros((400, 1000), bool)
    mask[95:125, 300:520] = True                       # the cover of the number's read end
    view = Frame(500.0, 200.0, 0.0, -500, 500, -200, 200, 1.0)

    def word(text: str, x: int, y: int) -> ocr.Word:
        return ocr.Word(text, 80.0, x, y, 12 * len(text), 20, 1, 1, y)   # one line per height

    remains = word("95", 230, 100)                     # 0.6 print heights short of the cover
    far = word("95", 700, 360)                         # the same digits with no cover on their line
    date = word("16.10.2000", 160, 200)                # a printed date ...
    mask[195:225, 300:520] = True                      # ... with a cover beside it on its line
    day = word("08", 160, 300)                         # a day whose month a cover cut short
    month = word("OKT/O", 200, 300)
    mask[295:325, 270:400] = True
    found = selfcheck.fragments_by_covers([remains, far, date, day, month], view, mask)
    assert found == [remains]


def _line(*texts: str, y: int = 100, h: int = 20, gap: int = 10, x: int = 50):
    from studio_dsar.core.redaction import ocr

    out = []
    for t in texts:
        w = 12 * len(t)
        out.append(ocr.Word(t, 85.0, x, y, w, h, 1, 1, y))
        x += w + gap
    return out


@pytest.mark.parametrize(("texts", "leaks"), [
    # a national number in a format no rule knows, printed in groups none of which looks
    # like a number alone (a French social-security number, a number in pairs and triples)
    (("2", "85", "05", "78", "006", "084", "36"), True),
    (("12", "34", "56", "789"), True),
    (("NO.", "12", "34", "56", "789"), True),
    # what stays: a printed date in groups, a house number and a postcode's digits, a height
    (("23", "01", "1981"), False),
    (("VIA", "MAZZINI", "44"), False),
    (("12", "RUE", "DES", "LILAS", "75", "008"), False),
    (("186", "cm"), False),
])
def test_self_check_reads_a_number_printed_in_small_groups(texts, leaks):
    """Someone reading the redacted page reads the groups of one line as one number; the
    check must too (each group alone is too short to look like a number)."""
    from studio_dsar.core.redaction import selfcheck

    line = _line(*texts)
    found = selfcheck.readable_leftovers(line, [])
    digits = [w for w in line if any(c.isdigit() for c in w.text)]
    assert (found == digits) if leaks else not found, [w.text for w in found]


def test_groups_far_apart_on_a_line_are_not_one_number():
    """Two fields printed side by side (a height, then a count far to its right) are no run."""
    from studio_dsar.core.redaction import selfcheck

    line = _line("186", y=100) + _line("205", x=600, y=100)
    assert selfcheck.readable_leftovers(line, []) == []


@pytest.mark.parametrize("name", ["0006"])
def test_self_check_finds_faces_on_a_document_the_analysis_placed_no_portrait_on(name):
    """The analysis covered the numbers and the MRZ but placed no portrait or ghost cover (a
    detector that missed both): the check must still find the faces left whole, the small,
    faint ghost portrait too (only the document's own view shows it), and flag the page."""
    import cv2

    from studio_dsar.core.redaction import engine, ocr, selfcheck

    if faces.backend() is None:
        pytest.skip("no face detector installed")
    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    page, regions = _harsh(name)
    res = engine.analyse_page(page)
    kept = [f for f in res.findings if f.category not in ("photo", "ghost_photo")]
    red, mask = engine.burn(page, kept)
    found = selfcheck.check_page(red, mask, res.frames, res.mrz_numbers, page_faces=res.page_faces,
                                 portraits=[])
    for cat in ("photo", "ghost_photo"):
        poly = np.array(next(r["polygon"] for r in regions if r["category"] == cat), np.float32)
        cx, cy = poly.mean(0)
        assert mask[int(cy), int(cx)] == 0      # left visible by the analysis's covers
        assert any(cv2.pointPolygonTest(f.polygon.astype(np.float32), (float(cx), float(cy)), False) >= 0
                   for f in found), (cat, [f.as_dict() for f in found])


def test_every_document_view_is_searched_for_faces_not_only_those_with_a_cover(monkeypatch):
    """A document on which the analysis placed no portrait cover is where a portrait (and a
    ghost portrait, too small for the page search) it missed is left whole: its own view is
    searched too, after the views holding a cover, and a face found there is a finding."""
    from concurrent.futures import Future

    from studio_dsar.core.redaction import selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    red = np.full((600, 1200, 3), 255, np.uint8)
    mask = np.zeros((600, 1200), bool)
    with_cover = Frame(300.0, 300.0, 0.0, -250, 250, -160, 160, 1.0)
    without = Frame(900.0, 300.0, 0.0, -250, 250, -160, 160, 1.0)
    cover = np.array([[100, 200], [200, 200], [200, 330], [100, 330]], float)
    views: list[tuple[int, int]] = []

    def fake_detect(img, min_conf=0.5, long_side=0, rotations=(0,)):
        fut: Future = Future()
        found = []
        if rotations == (0,) and long_side == selfcheck.VIEW_LONG_SIDE:
            views.append(img.shape[:2])
            if len(views) == 2:      # the view with no cover holds a face
                found = [selfcheck.Face(150.0, 150.0, 40.0, 0.0, 0.9)]
        fut.set_result(found)
        return fut

    monkeypatch.setattr(selfcheck, "detect_faces_async", fake_detect)
    monkeypatch.setattr(selfcheck, "check_text", lambda *a, **k: [])
    found = selfcheck.check_page(red, mask, [without, with_cover], [], portraits=[cover])
    assert len(views) == 2
    assert len(found) == 1 and found[0].category == "photo"
    assert without.contains_page_point(*found[0].polygon.mean(0))


def test_the_end_of_a_document_number_a_cover_cut_is_a_numbers_remains() -> None:
    """A cover that stopped short of a document number's end ("NVZJ5" of "NVZJ5CKG5", a
    French card number; one digit only): touching the cover it is the number's remains. A
    name beside a cover, and the same capitals far from any cover, stay."""
    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    mask = np.zeros((400, 1000), bool)
    mask[95:125, 300:520] = True
    mask[195:225, 300:520] = True
    view = Frame(500.0, 200.0, 0.0, -500, 500, -200, 200, 1.0)

    def word(text: str, x: int, y: int) -> ocr.Word:
        return ocr.Word(text, 80.0, x, y, 12 * len(text), 20, 1, 1, y)

    cut = word("NVZJ5", 236, 100)                    # ends 4 px short of the cover
    name = word("MARTIN", 224, 200)                  # a name beside a cover
    far = word("NVZJ5", 700, 300)                    # the same capitals with no cover near
    assert selfcheck.fragments_by_covers([cut, name, far], view, mask) == [cut]


@pytest.mark.parametrize("angle", [0.0, 27.0, 180.0])
def test_the_gap_between_two_covers_of_one_number_is_covered(angle):
    """Glare hid the middle of a number: "95.03" and "-366.66" were read and covered, the
    "14" between them was not. Two covers end to end on one print line, closer than a
    couple of print heights, are one number's: the gap is covered. Covers on two lines, or
    far apart on one, are left as they are."""
    import cv2

    from studio_dsar.core.redaction import selfcheck
    from studio_dsar.core.redaction.results import Finding

    a = math.radians(angle)
    u, n = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
    c0 = np.array([500.0, 400.0])

    def cover(x0: float, x1: float, y: float = 0.0, h: float = 20.0, cat: str = "rrn") -> Finding:
        pts = [c0 + u * x + n * (y + d) for x, d in ((x0, -h / 2), (x1, -h / 2), (x1, h / 2), (x0, h / 2))]
        return Finding(cat, np.array(pts), "validator")

    left, right = cover(-120, -30), cover(0, 130)               # 30 px gap, 1.5 heights
    other_line = cover(-120, -30, y=40.0)                       # the line below
    far = cover(200, 300, y=40.0)                               # 170 px on from it
    photo = Finding("photo", cover(-300, -200).polygon, "face")
    got = selfcheck.bridges([left, right, other_line, far, photo])
    assert len(got) == 1
    m = np.zeros((800, 1000), np.uint8)
    cv2.fillPoly(m, [np.round(got[0].polygon).astype(np.int32)], 1)
    mid = c0 + u * -15
    assert m[int(mid[1]), int(mid[0])] == 1                     # the gap is covered ...
    below = c0 + u * -15 + n * 40
    assert m[int(below[1]), int(below[0])] == 0                 # ... not the line below


def test_a_date_read_in_two_pieces_beside_a_cover_stays() -> None:
    """A date of expiry "10.12.2028" beside a card number's cover, read by the check as "10.1"
    and "2.2028" on lines of their own, and a date of birth whose day a cover cut ("oea7.1976",
    no confidence): pieces of dates that stay legible, not a number's remains. A day and month
    with no date's tail after it, beside a cover, is still taken (an RRN's start "10.12")."""
    from studio_dsar.core.redaction import ocr, selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    mask = np.zeros((500, 1000), bool)
    view = Frame(500.0, 250.0, 0.0, -500, 500, -250, 250, 1.0)

    def word(text: str, x: int, y: int, conf: float = 85.0) -> ocr.Word:
        return ocr.Word(text, conf, x, y, 12 * len(text), 20, 1, 1, y)

    head = word("10.1", 100, 100)                      # the day and month ...
    tail = word("2.2028", 152, 106)                    # ... the rest, a little lower
    mask[95:125, 230:400] = True                       # a cover beside the date
    cut = word("oea7.1976", 120, 200, conf=0.0)        # a birth date whose day a cover took
    mask[195:225, 60:118] = True
    rrn = word("10.12", 240, 300)                      # an RRN's start beside its cover
    mask[295:325, 310:500] = True
    words = [head, tail, cut, rrn]
    assert selfcheck.fragments_by_covers(words, view, mask) == [rrn]
    assert selfcheck.readable_leftovers(words, []) == []
    assert selfcheck.date_pieces(words) == {id(head), id(tail), id(cut)}


def test_the_page_check_hands_one_set_of_crops_to_the_text_reading_and_the_face_search(monkeypatch):
    """Each document view is cut once: the text reading and the face search of a page's check
    are handed the same ``PageCrops``, whose view of a frame is cut once."""
    from concurrent.futures import Future

    from studio_dsar.core.redaction import selfcheck
    from studio_dsar.core.redaction.geometry import Frame

    def no_faces(*_a, **_k):
        fut: Future = Future()
        fut.set_result([])
        return fut

    monkeypatch.setattr(selfcheck, "detect_faces_async", no_faces)
    seen: list[object] = []
    real = selfcheck.document_view

    def view(fr, crops):
        seen.append(crops)
        return real(fr, crops)

    monkeypatch.setattr(selfcheck, "document_view", view)
    monkeypatch.setattr(selfcheck, "check_text", lambda *a, **k: seen.append(a[6]) or [])
    page = np.full((300, 400, 3), 200, np.uint8)
    mask = np.zeros(page.shape[:2], bool)
    mask[60:100, 60:140] = True
    fr = Frame(200.0, 150.0, 0.0, -150, 150, -100, 100, 1.0)
    selfcheck.check_page(page, mask, [fr], [], page_faces=[], portraits=[])
    assert len(seen) == 2 and seen[0] is seen[1]
    crops = seen[0]
    assert isinstance(crops, selfcheck.PageCrops) and crops.red is page and crops.mask is mask
    g, m = crops.view(fr)
    assert crops.view(fr)[0] is g and g.shape == m.shape and m.any()
