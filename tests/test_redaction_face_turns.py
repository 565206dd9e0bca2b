"""The page's face search at the turns its text lines leave possible, and the self-check's
face search only where the page search did not look."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from studio_dsar.core.redaction import faces, selfcheck
from studio_dsar.core.redaction.faces import Face
from studio_dsar.core.redaction.geometry import Frame

DATA = Path(__file__).parent / "data" / "idscans_harsh"


def _turn(page: np.ndarray, pts: np.ndarray, turn: int) -> tuple[np.ndarray, np.ndarray]:
    import cv2

    for _ in range(turn):   # clockwise quarter turns
        h = page.shape[0]
        page = cv2.rotate(page, cv2.ROTATE_90_CLOCKWISE)
        pts = np.stack([h - 1 - pts[:, 1], pts[:, 0]], 1)
    return page, pts


@pytest.mark.parametrize(("angles", "turns"), [
    ([], (0, 1, 2, 3)),
    ([(3.0, 100.0), (-2.0, 80.0)], (0, 2)),            # text level: upright or upside down
    ([(88.0, 100.0), (-89.0, 50.0)], (1, 3)),          # text up the page: a quarter turn either way
    ([(5.0, 100.0), (85.0, 40.0)], (0, 1, 2, 3)),      # two documents crosswise
    ([(40.0, 100.0)], (0, 1, 2, 3)),                   # near the diagonal: the next turns too
    ([(2.0, 100.0), (70.0, 3.0)], (0, 2)),             # a stray short line does not count
])
def test_page_turns_follow_the_text_lines(angles, turns):
    assert faces.page_turns(angles) == turns


def test_text_directions_are_peaks_modulo_180():
    dirs = faces.text_directions([(179.0, 50.0), (-1.0, 50.0), (1.0, 50.0), (91.0, 60.0)])
    assert len(dirs) == 2
    assert min(abs(d - 90.0) for d in dirs) <= 2
    assert min(min(abs(d), abs(d - 180.0)) for d in dirs) <= 2


def _portrait_cases() -> list[tuple[str, int]]:
    out = []
    for t in sorted(DATA.glob("*.json")):
        truth = json.loads(t.read_text())
        if any(r["category"] == "photo" for r in truth["pages"][0]["regions"]):
            out += [(t.stem, 0)]
    return [*out, ("0004", 1), ("0004", 2), ("0004", 3), ("0001", 2)]


@pytest.mark.skipif(faces.backend() is None, reason="no face detector installed")
@pytest.mark.parametrize(("stem", "turn"), _portrait_cases())
def test_portrait_found_at_the_turns_of_the_text(stem, turn):
    """On harsh scans and photos (cards at 4-82 degrees, a passport at -18, page turned), the
    turns the text lines give still hold the portrait upright, and are fewer than four."""
    import cv2

    from studio_dsar.core.redaction.mrzfind import line_candidates

    page = cv2.imread(str(DATA / f"{stem}.jpg"))
    truth = json.loads((DATA / f"{stem}.json").read_text())
    photos = [np.array(r["polygon"], float) for r in truth["pages"][0]["regions"] if r["category"] == "photo"]
    for i, poly in enumerate(photos):
        page_i, photos[i] = _turn(page, poly, turn)
    page = page_i
    lines = line_candidates(page)
    turns = faces.page_turns([(ln.angle, ln.length) for ln in lines])
    assert len(turns) < 4
    found = [f for f in faces.detect_faces(page, rotations=turns) if f.conf >= 0.6]
    for poly in photos:
        assert any(cv2.pointPolygonTest(poly.astype(np.float32), (f.cx, f.cy), False) > 0 for f in found)


def _red_page() -> tuple[np.ndarray, np.ndarray]:
    red = np.full((400, 600, 3), 200, np.uint8)
    mask = np.zeros((400, 600), bool)
    mask[50:200, 50:200] = True
    red[mask] = 0
    return red, mask


def _spy_search(found: list[Face]):
    from concurrent.futures import Future

    calls: list[tuple[int, ...]] = []

    def spy(img, min_conf=0.5, long_side=1024, rotations=(0, 1, 2, 3)):
        calls.append(tuple(rotations))
        fut: Future[list[Face]] = Future()
        fut.set_result(list(found))
        return fut

    return calls, spy


def test_self_check_flags_a_page_face_left_visible_that_its_own_search_misses(monkeypatch):
    calls, spy = _spy_search([])
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    monkeypatch.setattr(selfcheck, "check_text", lambda *a, **k: [])
    red, mask = _red_page()
    covered = Face(120.0, 120.0, 40.0, 0.0, 0.9)
    left = Face(400.0, 250.0, 40.0, 0.0, 0.55)
    frames = [Frame(300.0, 200.0, 0.0, -250.0, 250.0, -150.0, 150.0, 1.0)]
    # (``portraits=[]``: no document view holds a portrait cover; the view is searched too,
    # upright, after the page: a portrait the analysis missed is left whole there)
    out = selfcheck.check_page(red, mask, frames, [], page_faces=[covered, left], portraits=[])
    assert calls == [(0,), (0,)]  # the redacted page is read too, at its document's upright turn
    assert len(out) == 1 and out[0].evidence == "self-check" and out[0].category == "photo"
    x0, y0 = out[0].polygon.min(0)
    x1, y1 = out[0].polygon.max(0)
    assert x0 < 400 < x1 and y0 < 250 < y1
    # a face under the black is no leak
    assert selfcheck.check_page(red, mask, frames, [], page_faces=[covered], portraits=[]) == []


def test_self_check_reads_the_redacted_page_even_where_the_page_search_looked(monkeypatch):
    """The check vouches for the output: a face its own search finds on the redacted page is
    a leak although the analysis's page search (on the original) did not report it."""
    calls, spy = _spy_search([Face(450.0, 100.0, 40.0, 90.0, 0.8)])
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    monkeypatch.setattr(selfcheck, "check_text", lambda *a, **k: [])
    red, mask = _red_page()
    # a document lying a quarter turn round: its faces stand upright at turn 3
    frames = [Frame(300.0, 200.0, 90.0, -150.0, 150.0, -250.0, 250.0, 1.0)]
    out = selfcheck.check_page(red, mask, frames, [], page_faces=[], portraits=[])
    assert calls == [(3,), (0,)]   # (then the document's own upright view)
    assert len(out) == 1
    calls.clear()
    selfcheck.check_page(red, mask, frames, [], portraits=[])
    assert calls == [(3,), (0,)]


def test_crop_searched_only_where_the_page_search_found_no_portrait():
    from studio_dsar.core.redaction.engine import crop_face_search

    fr = Frame(500.0, 300.0, 0.0, -300.0, 300.0, -200.0, 200.0, 1.0)
    inside, outside = Face(400.0, 300.0, 60.0, 0.0, 0.9), Face(1200.0, 300.0, 60.0, 0.0, 0.9)
    assert not crop_face_search(fr, "mrz", [inside])
    assert not crop_face_search(fr, "portrait", [inside, outside])
    assert crop_face_search(fr, "mrz", [outside])        # a passport whose portrait the page missed
    assert crop_face_search(fr, "card", [])
    assert not crop_face_search(fr, "back", [])           # an unread MRZ's side: the page's to find


@pytest.mark.skipif(faces.backend() is None, reason="no face detector installed")
def test_one_page_search_at_one_turn_covers_a_card_front(monkeypatch):
    """A card front on a scan: the portrait is searched once on the page, at the level way up
    of its text first; found there surely, it says which way up the card lies, so the other
    way up is not searched, nor the card's crop; it is blacked out whole; the self-check
    reads the redacted page once, at the card's upright turn."""
    import cv2

    from studio_dsar.core.redaction import engine

    calls: list[tuple[int, tuple[int, ...]]] = []
    real = faces.detect_faces_async

    def spy(img, min_conf=0.5, long_side=faces.DETECT_LONG_SIDE, rotations=(0, 1, 2, 3)):
        calls.append((max(img.shape[:2]), tuple(rotations)))
        return real(img, min_conf, long_side, rotations)

    class PageSpy(faces.PageSearch):
        def result(self):
            out = super().result()
            calls.insert(0, (max(img_shape[:2]), self.searched))
            return out

    monkeypatch.setattr(engine, "detect_faces_async", spy)
    monkeypatch.setattr(engine, "PageSearch", PageSpy)
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    page = cv2.imread(str(DATA / "0004.jpg"))
    img_shape = page.shape
    truth = json.loads((DATA / "0004.json").read_text())
    _red, mask, res = engine.redact_page(page)
    # (besides, the self-check searches the card's own view once, upright: ghost portraits)
    assert [c for c in calls if c[0] == max(page.shape[:2])] == [(max(page.shape[:2]), (0,)),
                                                                (max(page.shape[:2]), (0,))]
    assert all(rot == (0,) for size, rot in calls if size != max(page.shape[:2]))
    for r in truth["pages"][0]["regions"]:
        if r["category"] in ("photo", "ghost_photo"):
            m = np.zeros(mask.shape, np.uint8)
            cv2.fillPoly(m, [np.round(np.array(r["polygon"])).astype(np.int32)], 1)
            m = cv2.erode(m, np.ones((5, 5), np.uint8))
            assert mask[m > 0].mean() >= 0.98, r["category"]
    assert res.page_faces   # (searched at the turn 0: the first call above)


def test_a_weak_face_larger_than_any_portrait_of_the_documents_is_not_burnt(monkeypatch):
    """Seen on a harsh tuning file: the page search found a 'face' of 0.52 confidence, 0.9 of
    the card's short side in size, in the card's print; the self-check took it for a portrait
    left visible, and its portrait box blacked out the whole card and every kept field."""
    red, mask = _red_page()
    frames = [Frame(300.0, 200.0, 0.0, -250.0, 250.0, -150.0, 150.0, 1.0)]  # a 500 x 300 document
    huge_weak = Face(400.0, 250.0, 270.0, 0.0, 0.52)
    # (the page search's faces only: the document view's own search is tested on its own)
    monkeypatch.setattr(selfcheck, "MAX_VIEWS", 0)
    _calls, spy = _spy_search([huge_weak])
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    monkeypatch.setattr(selfcheck, "check_text", lambda *a, **k: [])
    assert selfcheck.check_page(red, mask, frames, [], portraits=[]) == []
    _calls, spy = _spy_search([])
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    assert selfcheck.check_page(red, mask, frames, [], page_faces=[huge_weak], portraits=[]) == []  # from the page search
    # a portrait-sized face, or a confident large one, is still a leak
    for face in (Face(400.0, 250.0, 60.0, 0.0, 0.52), Face(400.0, 250.0, 270.0, 0.0, 0.9)):
        _calls, spy = _spy_search([face])
        monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
        assert len(selfcheck.check_page(red, mask, frames, [], portraits=[])) == 1
    # with no document found, any face counts
    _calls, spy = _spy_search([huge_weak])
    monkeypatch.setattr(selfcheck, "detect_faces_async", spy)
    assert len(selfcheck.check_page(red, mask, [], [], portraits=[])) == 1


def test_the_page_search_waits_with_the_second_way_up_of_a_text_direction():
    """Of the two ways up along a text direction, the one within 90 degrees of level is
    searched at once; the other waits for the MRZ."""
    assert faces.page_turn_plan([(2.0, 500.0)]) == ((0,), (2,))
    assert faces.page_turn_plan([(88.0, 500.0)]) == ((3,), (1,))
    assert faces.page_turn_plan([(-88.0, 500.0)]) == ((1,), (3,))
    assert faces.page_turn_plan([]) == ((0, 1, 2, 3), ())


@pytest.mark.parametrize(("lines", "known", "turns"), [
    # one card back, its MRZ valid and every line on it: its own turn only
    ([(1.0, 900.0, True), (0.0, 300.0, True)], [1.0], (0,)),
    # the same card upside down
    ([(1.0, 900.0, True), (0.0, 300.0, True)], [181.0], (2,)),
    # a line along the same direction off the card (a front beside the back): both ways up
    ([(1.0, 900.0, True), (0.0, 300.0, False)], [1.0], (0, 2)),
    # no MRZ read with all its check digits: both ways up
    ([(1.0, 900.0, True)], [], (0, 2)),
    # a second direction with no document known: its two turns as well
    ([(1.0, 900.0, True), (90.0, 400.0, False)], [1.0], (0, 1, 3)),
    # no text line at all: every turn
    ([], [1.0], (0, 1, 2, 3)),
])
def test_turns_needed_once_the_mrz_says_which_way_up(lines, known, turns):
    assert faces.turns_needed(lines, known) == turns


@pytest.mark.skipif(faces.backend() is None, reason="no face detector installed")
def test_a_page_search_in_two_steps_finds_what_one_search_finds():
    """The faces of a search in two steps are those one search at the same turns finds;
    turns the caller no longer needs are not searched."""
    import cv2

    page = cv2.imread(str(DATA / "0004.jpg"))
    one = faces.detect_faces(page, rotations=(0, 2))
    two = faces.PageSearch(page, (0,), (2,))
    assert two.result() == one and two.searched == (0, 2)
    part = faces.PageSearch(page, (0,), (2,))
    part.need(())
    assert part.result() == faces.detect_faces(page, rotations=(0,)) and part.searched == (0,)


def test_slanted_text_directions_without_a_face_along_them_are_searched():
    from studio_dsar.core.redaction.faces import Face, slanted_directions

    lines = [(150.0, 400.0), (151.0, 300.0), (60.0, 300.0), (5.0, 300.0)]
    # 150 and 60 degrees lie 30 off the nearest right angle, 5 degrees lies near level
    assert sorted(round(d) for d in slanted_directions(lines, [])) == [60, 150]
    # a face whose document's x axis runs along 150 (or 330) degrees: that direction is done
    along = Face(0.0, 0.0, 50.0, -28.0, 0.9, True)
    assert [round(d) for d in slanted_directions(lines, [along])] == [60]
