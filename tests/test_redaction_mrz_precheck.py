"""The cheap check before the MRZ readings of a block of print: a block whose frame would be
read across its lines is not read at all. It may never cost a real MRZ."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from studio_dsar.core.redaction import loader, mrzfind, ocr

FONT = "studio_dsar/resources/fonts/NotoSans-Regular.ttf"
DATA = Path(__file__).parent / "data" / "idscans_harsh"
needs_ocr = pytest.mark.skipif(not ocr.tesseract_available(), reason="tesseract is not installed")

TD1 = ["I<UTOD231458907<<<<<<<<<<<<<<<",
       "7408122F1204159UTO<<<<<<<<<<<6",
       "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"]
TD3 = ["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
       "L898902C36UTO7408122F1204159ZE184226B<<<<<10"]


def _line(cx: float, cy: float, length: float, thick: float, angle: float = 0.0) -> mrzfind.TextLine:
    pts = cv2.boxPoints(((cx, cy), (length, thick), angle))
    return mrzfind.TextLine(cx, cy, length, thick, angle, pts)


def test_a_tall_block_of_short_lines_is_read_across_its_lines():
    # eight printed fields of a card, 300 px long, 40 px apart: higher than wide
    fields = [_line(500, 200 + 40 * i, 300, 20) for i in range(9)]
    fr, _w, _h = mrzfind._group_frame(fields)
    assert mrzfind.reads_across(fields, fr)
    # the same block turned a quarter: still across
    turned = [_line(200 + 40 * i, 500, 300, 20, 90.0) for i in range(9)]
    fr, _w, _h = mrzfind._group_frame(turned)
    assert mrzfind.reads_across(turned, fr)


@pytest.mark.parametrize("angle", [0.0, 17.0, 88.0, -45.0])
def test_an_mrz_band_is_read_along_its_lines(angle):
    t = np.radians(angle)
    # a TD1 band: three lines of 600 px, 40 px apart, plus the band's blob at a coarser closing
    lines = [_line(500 - 40 * i * np.sin(t), 400 + 40 * i * np.cos(t), 600, 22, angle) for i in range(3)]
    lines.append(_line(500 - 40 * np.sin(t), 400 + 40 * np.cos(t), 610, 110, angle))
    fr, _w, _h = mrzfind._group_frame(lines)
    assert not mrzfind.reads_across(lines, fr)
    # a band whose lines glare broke into short pieces, stacked: never judged across either
    pieces = [_line(300 - 40 * i * np.sin(t), 400 + 40 * i * np.cos(t), 130, 22, angle) for i in range(3)]
    fr, _w, _h = mrzfind._group_frame(pieces)
    assert not mrzfind.reads_across(pieces, fr)


def _truth_mrz(js: dict, page: int, scale: float) -> list[np.ndarray]:
    out: dict[int, list[np.ndarray]] = {}
    for r in js["pages"][page]["regions"]:
        if r["category"] == "mrz":
            out.setdefault(r["document"], []).append(np.array(r["polygon"], float) * scale)
    return [np.vstack(p) for p in out.values()]


def _fixture_pages():
    for f in sorted(DATA.glob("*.jpg")):
        js = json.loads(f.with_suffix(".json").read_text())
        for i, page in enumerate(loader.load(f).pages):
            img = loader.to_upright(page.image, page.orientation)
            scale = img.shape[1] / js["pages"][i]["width"]
            yield f.name, img, _truth_mrz(js, i, scale)


def test_no_block_holding_a_real_mrz_is_judged_across_its_lines():
    """Every block of lines whose centre lies on a real MRZ of the frozen harsh fixtures
    (photos, glare, blur, turns) is read."""
    seen = 0
    for name, img, mrzs in _fixture_pages():
        groups = mrzfind.group_lines(mrzfind.line_candidates(img))
        for poly in mrzs:
            hull = cv2.convexHull(poly.astype(np.float32))
            for g in groups:
                fr, _w, _h = mrzfind._group_frame(g)
                if cv2.pointPolygonTest(hull, (float(fr.cx), float(fr.cy)), False) >= 0:
                    seen += 1
                    assert not mrzfind.reads_across(g, fr), name
    assert seen >= 3


def _print_block(lines: list[str], pitch: int, turn: bool) -> np.ndarray:
    """A crop of print as find_mrz reads it (black-hat, inverted), turned over if ``turn``."""
    n = max(len(s) for s in lines)
    h = int(pitch * 1.5)
    im = Image.new("L", (pitch * (n + 8), h * (len(lines) + 2)), 235)
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, int(pitch * 1.45))
    for i, line in enumerate(lines):
        for j, ch in enumerate(line):
            d.text((4 * pitch + pitch * j, h + h * i), ch, font=f, fill=25)
    g = np.asarray(im)
    if turn:
        g = cv2.rotate(g, cv2.ROTATE_180)
    return mrzfind._text_only(g)


@needs_ocr
def test_an_upside_down_mrz_on_a_page_is_still_found():
    """An MRZ printed upside down is read again the other way up, and read right."""
    block = _print_block(TD3, 20, turn=True)
    page = np.full((block.shape[0] + 400, block.shape[1] + 400, 3), (120, 90, 60), np.uint8)
    page[200:200 + block.shape[0], 200:200 + block.shape[1]] = 255 - (255 - block[:, :, None]) * 0.85
    hits = mrzfind.find_mrz(page)
    assert hits and hits[0].result is not None and hits[0].result.valid
    assert hits[0].result.document_number == "L898902C3"
