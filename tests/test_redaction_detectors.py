"""Each detector of the redaction engine on constructed cases: a number with no label, dates
and names that must stay, a portrait filling 80 % of its photo, an MRZ in a foreign layout,
the self-check, and the face detector that ships with the app."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from studio_dsar.core.redaction import faces, mrz, ocr, selfcheck, viznumbers
from studio_dsar.core.redaction.engine import td3_portrait_box
from studio_dsar.core.redaction.portraits import portrait_rect

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"


def _word(text, x, y, w=None, h=30, line=1, conf=90.0):
    return ocr.Word(text, conf, x, y, w or 18 * len(text), h, 1, 1, line)


# --------------------------------------------------------------------------- deny by default
def test_number_without_label_is_blacked_out():
    words = [_word("Ref", 10, 10, line=1), _word("7Q3X88412", 90, 10, line=1),
             _word("DE", 10, 60, line=2), _word("BACKER", 60, 60, line=2),
             _word("28", 10, 110, line=3), _word("APR/AVR", 60, 110, line=3), _word("1977", 200, 110, line=3)]
    found = viznumbers.find_numbers(words, [])
    assert len(found) == 1
    cat, (x0, y0, x1, _y1), evidence, _conf = found[0]
    assert (cat, evidence) == ("number", "deny")
    assert x0 <= 90 and x1 >= 90 + 18 * 9 and y0 == 10


def test_number_split_by_ocr_is_taken_whole():
    words = [_word("1234", 10, 10, 70), _word("56", 90, 10, 36), _word("789", 134, 10, 54)]
    found = viznumbers.find_numbers(words, [])
    assert len(found) == 1
    _cat, (x0, _y0, x1, _y1), _ev, _c = found[0]
    assert (x0, x1) == (10, 188)


@pytest.mark.parametrize("text", ["123456789", "1234.56.789", "NX7K2P4L8", "SPECI2014", "VX551609",
                                  "592-1234567-89", "90.01.26-066.81", "2P4L8"])
def test_number_like(text):
    assert viznumbers.number_like(text)


@pytest.mark.parametrize("text", ["1977", "APR/AVR", "1,78", "Wout", "BELG", "M/V", "NX7K", "D'Hondt"])
def test_not_number_like(text):
    assert not viznumbers.number_like(text)


@pytest.mark.parametrize("line", ["28 APR/AVR 1977", "26 MEI/MAI 2029", "26.05.2029", "12 MAA/MAR 2030",
                                  "O1 JAN 1990", "01 01 1990"])
def test_dates_stay(line):
    words = [_word(t, 10 + 120 * i, 10) for i, t in enumerate(line.split())]
    assert viznumbers.find_numbers(words, []) == []


# --------------------------------------------------------------------------- self-check
def test_self_check_reads_what_is_left():
    words = [_word("ERIKSSON", 10, 10), _word("L898902C3", 10, 60, line=2),
             _word("P<UTOERIKSSON<<ANNA", 10, 110, line=3), _word("15", 10, 160, line=4),
             _word("APR", 60, 160, line=4), _word("2012", 120, 160, line=4)]
    left = {w.text for w in selfcheck.readable_leftovers(words, ["L898902C3"])}
    assert left == {"L898902C3", "P<UTOERIKSSON<<ANNA"}
    assert selfcheck.mrz_like("ZE184226B<<<<<10")
    assert not selfcheck.mrz_like("NEDERLANDSE")


# --------------------------------------------------------------------------- portraits
def _photo_crop(face_share: float):
    """A card crop with a textured photo whose face takes ``face_share`` of its height."""
    rng = np.random.default_rng(3)
    crop = np.full((700, 1000, 3), 228, np.uint8)
    x0, y0, x1, y1 = 80, 100, 320, 420          # 240 x 320 photo (ICAO 35 x 45 mm)
    crop[y0:y1, x0:x1] = rng.integers(90, 200, (y1 - y0, x1 - x0, 3), dtype=np.uint8)
    fs = face_share * (y1 - y0)
    fx, fy = (x0 + x1) / 2, y0 + 0.52 * (y1 - y0)
    return crop, (x0, y0, x1, y1), (fx, fy, fs)


@pytest.mark.parametrize("share", [0.8, 0.65, 0.5, 0.4])
def test_portrait_box_covers_tight_and_loose_portraits(share):
    crop, (x0, y0, x1, y1), (fx, fy, fs) = _photo_crop(share)
    bx0, by0, bx1, by1 = portrait_rect(crop, fx, fy, fs, [])
    assert bx0 <= x0 and by0 <= y0 and bx1 >= x1 and by1 >= y1


def test_passport_portrait_from_layout():
    # MRZ of a 125 mm data page at 10 px/mm: 112 mm wide, its top 67 mm down the page
    mrz_box = np.array([[60, 670], [1180, 670], [1180, 790], [60, 790]], float)
    x0, y0, x1, y1 = td3_portrait_box(mrz_box)
    # ICAO 9303 zone V: the portrait (35 x 45 mm) sits some 14-59 mm down, 6-41 mm across
    assert x0 <= 60 and y0 <= 140 and x1 >= 410 and y1 >= 590
    assert x1 < 450   # the names start beside it


# --------------------------------------------------------------------------- MRZ
SPECIMEN_TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
                "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def test_mrz_of_a_foreign_passport_parses():
    res = mrz.parse(SPECIMEN_TD3)
    assert res is not None and res.valid and res.format == "TD3"
    assert "L898902C3" in res.numbers and "ZE184226B" in res.numbers


def _utopia_page():
    """A passport data page of a country the engine was never shown: MRZ in a proportional
    font, the document number printed away from any label, no face on the portrait."""
    W, H = 1250, 880
    im = Image.new("RGB", (W, H), (236, 232, 220))
    d = ImageDraw.Draw(im)
    big, mono = ImageFont.truetype(FONT, 34), ImageFont.truetype(FONT, 40)
    d.text((60, 30), "REPUBLIC OF UTOPIA   PASSPORT", font=big, fill=(40, 40, 90))
    d.rectangle((60, 120, 380, 540), fill=(150, 150, 150))
    boxes = {}
    for key, xy, text in (("surname", (460, 140), "ERIKSSON"), ("given", (460, 220), "ANNA MARIA"),
                          ("birth", (460, 300), "12 AUG 1974"), ("expiry", (460, 380), "15 APR 2012"),
                          ("docno", (900, 440), "L898902C3")):
        d.text(xy, text, font=big, fill=(20, 20, 20))
        boxes[key] = d.textbbox(xy, text, font=big)
    for i, line in enumerate(SPECIMEN_TD3):
        for j, ch in enumerate(line):
            d.text((45 + 26.5 * j, 700 + 62 * i), ch, font=mono, fill=(15, 15, 15))
    boxes["mrz"] = (45, 705, 45 + 44 * 26.5, 700 + 62 + 48)
    boxes["photo"] = (60, 120, 380, 540)
    return np.asarray(im)[:, :, ::-1].copy(), boxes


def _black(img, box, before=None) -> float:
    """Share of a box that is black (newly black when the image before is given)."""
    x0, y0, x1, y1 = (int(v) for v in box)
    black = img[y0 + 2:y1 - 2, x0 + 2:x1 - 2].max(axis=2) <= 40
    if before is not None:
        black &= before[y0 + 2:y1 - 2, x0 + 2:x1 - 2].max(axis=2) > 40
    return float(black.mean())


@pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")
def test_foreign_passport_page_end_to_end(monkeypatch):
    from studio_dsar.core.redaction import redact_image

    img, boxes = _utopia_page()
    out, info = redact_image(img)
    assert _black(out, boxes["mrz"]) >= 0.98
    assert _black(out, boxes["docno"]) >= 0.98
    assert _black(out, boxes["photo"]) >= 0.98           # no face: from the layout, flagged
    assert "portrait_from_layout" in info["reasons"]
    for kept in ("surname", "given", "birth", "expiry"):
        assert _black(out, boxes[kept], img) <= 0.05, kept


# --------------------------------------------------------------------------- face detector
def _face_page(turn: int = 0):
    """A scanned Belgian eID front of the frozen harsh set (portrait upright, 7 degrees of
    skew), turned by ``turn`` right angles, and the centre of its portrait."""
    import json
    from pathlib import Path

    import cv2

    data = Path(__file__).parent / "data" / "idscans_harsh"
    page = cv2.imread(str(data / "0004.jpg"))
    truth = json.loads((data / "0004.json").read_text())
    photo = next(r for r in truth["pages"][0]["regions"] if r["category"] == "photo")
    cx, cy = np.mean(np.array(photo["polygon"], float), axis=0)
    h, w = page.shape[:2]
    for _ in range(turn):   # clockwise quarter turns
        page = cv2.rotate(page, cv2.ROTATE_90_CLOCKWISE)
        cx, cy, h, w = h - 1 - cy, cx, w, h
    return page, (cx, cy)


@pytest.mark.parametrize("turn", [0, 1, 2, 3])
def test_blazeface_ships_and_finds_a_turned_portrait(monkeypatch, turn):
    monkeypatch.setenv("STUDIO_DSAR_FACE_DETECTOR", "blazeface")
    assert faces.backend() == "blazeface"
    page, (cx, cy) = _face_page(turn)
    found = [f for f in faces.detect_faces(page) if f.conf >= 0.6]
    main = max(found, key=lambda f: f.size)
    assert np.hypot(main.cx - cx, main.cy - cy) < 0.5 * main.size
    # the eye line gives the document's axis (the card lies 7 degrees off)
    expected = 7.2 + 90 * turn
    assert abs((main.angle - expected + 180) % 360 - 180) < 12
    assert main.precise


def test_blazeface_runs_its_network_once_per_window(monkeypatch):
    """Both outputs (scores and boxes) come from one pass: asking for each by name would run
    the whole network twice for every window of the tiled search."""
    monkeypatch.setenv("STUDIO_DSAR_FACE_DETECTOR", "blazeface")
    net = faces._blaze()
    passes = []

    class Counting:
        def setInput(self, blob):
            net.setInput(blob)

        def forward(self, *names):
            passes.append(names)
            return net.forward(*names)

    monkeypatch.setattr(faces, "_blaze", lambda: Counting())
    page, (cx, cy) = _face_page(0)
    found = faces._detect_blaze(page, 0.5)
    assert len(passes) >= 5   # the whole page and its tiles
    assert all(names == (["classificators", "regressors"],) for names in passes)
    main = max(found, key=lambda d: d[1][3])
    x, y, w, h = main[1]
    assert abs(x + w / 2 - cx) < 0.5 * h and abs(y + h / 2 - cy) < 0.5 * h


def test_face_detector_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("STUDIO_DSAR_FACE_DETECTOR", "none")
    assert faces.backend() is None
    page, _centre = _face_page()
    assert faces.detect_faces(page) == []


def test_number_covers_take_the_print_height_of_the_view_they_are_drawn_in():
    """The text view's own reading gives the print's height; a crop read at another lean,
    whose word boxes are taller than the print, only when the view read nothing sure."""
    from studio_dsar.core.redaction import engine, ocr

    view = [ocr.Word("Nederlandse", 90.0, 0, 0, 200, 40, 1, 1, 1), ocr.Word("Esther", 95.0, 0, 60, 120, 40, 1, 1, 2)]
    crop = [ocr.Word("Nederlandse", 90.0, 0, 0, 200, 59, 1, 1, 1), ocr.Word("Esther", 95.0, 0, 60, 120, 55, 1, 1, 2)]
    assert engine.view_text_height(view, crop, 1.0) == 40.0
    assert engine.view_text_height([], crop, 2.0) == 114.0
    assert engine.view_text_height([], [], 1.0) is None
