"""Portrait and ghost-portrait boxes on constructed card crops: the whole printed photo must
be covered whether the face fills most of it or a third of it, the names beside it must stay
legible, a tilted photo is covered corner to corner, and the ghost portrait is found as a
faint, smaller copy of the portrait."""

from __future__ import annotations

import numpy as np
import pytest

from studio_dsar.core.redaction import portraits


def _picture(h: int, w: int, seed: int = 5) -> np.ndarray:
    """A photo-like picture: smooth shapes (a head, shoulders, a background gradient) with a
    little grain, not random noise (a real photo's inside has few long straight edges)."""
    import cv2

    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = 70 + 60 * (yy / h) + 25 * np.sin(xx / w * 3.0)
    head = ((xx - w / 2) / (0.28 * w)) ** 2 + ((yy - 0.42 * h) / (0.2 * h)) ** 2 < 1
    body = ((xx - w / 2) / (0.48 * w)) ** 2 + ((yy - 1.05 * h) / (0.35 * h)) ** 2 < 1
    img[head] = 170
    img[body] = 40
    img += rng.normal(0, 6, img.shape).astype(np.float32)
    img = cv2.GaussianBlur(img, (5, 5), 0)
    out = np.clip(np.stack([img, img * 0.95, img * 0.9], axis=2), 0, 255).astype(np.uint8)
    return out


def _card(photo_rect, face_share: float, tilt_deg: float = 0.0, text_gap: int = 60):
    """A pale card with guilloche-like curves, a portrait at ``photo_rect`` and two lines of
    text (kept fields) right of it. Returns crop, face (x, y, size) and the text boxes."""
    import cv2

    crop = np.full((700, 1100, 3), 232, np.uint8)
    for k in range(0, 1100, 37):   # thin curvy background lines
        pts = np.array([[k + 40 * np.sin(y / 60.0), y] for y in range(0, 700, 10)], np.int32)
        cv2.polylines(crop, [pts], False, (215, 205, 225), 1)
    x0, y0, x1, y1 = photo_rect
    pic = _picture(y1 - y0, x1 - x0)
    if tilt_deg:
        m = cv2.getRotationMatrix2D(((x0 + x1) / 2, (y0 + y1) / 2), tilt_deg, 1.0)
        layer = np.zeros_like(crop)
        layer[y0:y1, x0:x1] = pic
        mask = np.zeros(crop.shape[:2], np.uint8)
        mask[y0:y1, x0:x1] = 255
        layer = cv2.warpAffine(layer, m, (crop.shape[1], crop.shape[0]))
        mask = cv2.warpAffine(mask, m, (crop.shape[1], crop.shape[0]))
        crop[mask > 127] = layer[mask > 127]
        corners = cv2.transform(np.array([[[x0, y0], [x1, y0], [x1, y1], [x0, y1]]], np.float32), m)[0]
    else:
        crop[y0:y1, x0:x1] = pic
        corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    text = []
    for i, word in enumerate(("JANSSENS", "Marie Louise")):
        tx, ty = x1 + text_gap, y0 + 40 + 80 * i
        cv2.putText(crop, word, (tx, ty + 30), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (20, 20, 30), 2)
        text.append((tx, ty, tx + 26 * len(word), ty + 36))
    fs = face_share * (y1 - y0)
    face = ((x0 + x1) / 2, y0 + max(0.42, 0.5 * face_share + 0.1) * (y1 - y0), fs)
    return crop, face, text, corners


def _covers(rect, corners, slack: float = 1.0) -> bool:
    x0, y0, x1, y1 = rect
    return bool((corners[:, 0] >= x0 - slack).all() and (corners[:, 0] <= x1 + slack).all()
                and (corners[:, 1] >= y0 - slack).all() and (corners[:, 1] <= y1 + slack).all())


@pytest.mark.parametrize("share", [0.8, 0.6, 0.45, 0.3])
def test_portrait_box_covers_the_whole_photo_and_spares_the_names(share):
    crop, (fx, fy, fs), text, corners = _card((80, 120, 320, 440), share)
    box = portraits.portrait_box(crop, fx, fy, fs, text)
    assert _covers(box.rect, corners), (box, share)
    assert box.rect[2] < min(t[0] for t in text)        # the names stay legible
    assert box.vouched
    # not a box for the whole card either: the photo's proportions hold, and the box goes
    # no further than the text beside it
    assert box.rect[3] - box.rect[1] < 1.35 * 320 and box.rect[0] > 80 - 0.2 * 320
    assert box.photo is not None and box.photo[2] - box.photo[0] < 1.2 * 240


def test_loose_portrait_is_not_cut_to_the_face():
    # the face takes a quarter of the photo height (a half-length picture): a fixed multiple
    # of the face leaks the shoulders and the photo's lower part
    crop, (fx, fy, fs), text, corners = _card((80, 100, 320, 420), 0.25)
    rect = portraits.portrait_rect(crop, fx, fy, fs, text)
    assert _covers(rect, corners)


def test_tilted_photo_is_covered_corner_to_corner():
    crop, (fx, fy, fs), text, corners = _card((100, 120, 340, 440), 0.55, tilt_deg=4.0, text_gap=200)
    box = portraits.portrait_box(crop, fx, fy, fs, text)
    assert _covers(box.rect, corners), box
    # the corners of the box follow the photo's sides, not the page's axes
    import cv2

    quad = box.quad.astype(np.float32)
    assert all(cv2.pointPolygonTest(quad, (float(x), float(y)), True) >= -1.0 for x, y in corners)
    assert cv2.contourArea(quad) < 0.93 * (box.rect[2] - box.rect[0]) * (box.rect[3] - box.rect[1])


def test_photo_without_edges_is_not_vouched_for():
    """A face on a plain card with no photo border: the box is a generous guess and says so."""
    crop = np.full((700, 1100, 3), 232, np.uint8)
    pic = _picture(320, 240)
    # blend the picture into the card with a soft vignette: no straight side anywhere
    yy, xx = np.mgrid[0:320, 0:240]
    a = np.clip(1.0 - np.hypot((xx - 120) / 120, (yy - 160) / 160), 0, 1)[..., None]
    crop[100:420, 80:320] = (a * pic + (1 - a) * 232).astype(np.uint8)
    box = portraits.portrait_box(crop, 200, 234, 0.5 * 320, [])
    assert not box.vouched


def test_ghost_portrait_found_as_a_faint_copy():
    import cv2

    crop, (fx, fy, fs), text, _corners = _card((80, 120, 320, 440), 0.6)
    # the ghost: the same picture at 55 %, faded to a third of its contrast, tinted
    pic = crop[120:440, 80:320].astype(np.float32)
    g = cv2.resize(pic, (132, 176), interpolation=cv2.INTER_AREA)
    g = 232 - (232 - g) * 0.33
    g[:, :, 0] *= 0.97
    gx0, gy0 = 860, 380
    crop[gy0:gy0 + 176, gx0:gx0 + 132] = np.clip(g, 0, 255).astype(np.uint8)
    main = portraits.portrait_box(crop, fx, fy, fs, text).photo
    m = portraits.ghost_by_template(crop, main, text)
    assert m is not None
    x0, y0, x1, y1 = m.rect
    # the match covers the ghost to within a few pixels (the engine pads it further)
    assert x0 <= gx0 + 8 and y0 <= gy0 + 8 and x1 >= gx0 + 132 - 8 and y1 >= gy0 + 176 - 8
    assert x1 - x0 < 1.3 * 132


def test_no_ghost_on_a_plain_card():
    crop, (fx, fy, fs), text, _corners = _card((80, 120, 320, 440), 0.6)
    main = portraits.portrait_box(crop, fx, fy, fs, text).photo
    assert portraits.ghost_by_template(crop, main, text) is None


# --------------------------------------------------------------------------- layout fail-safe
def _card_on_page(flip: bool = False):
    """An ID-1 card (856 x 540 px, 10 px/mm) lying on a white page: a portrait (no face a
    detector would find: a smooth picture) in the left part as ICAO 9303 puts it, a faint
    ghost copy on the right, names and dates in between."""
    import cv2

    page = np.full((1100, 1500, 3), 250, np.uint8)
    card = np.full((540, 856, 3), (236, 228, 222), np.uint8)
    for k in range(0, 856, 31):
        pts = np.array([[k + 30 * np.sin(y / 40.0), y] for y in range(0, 540, 8)], np.int32)
        cv2.polylines(card, [pts], False, (222, 208, 214), 1)
    pic = _picture(300, 230)
    card[100:400, 35:265] = pic
    ghost = cv2.resize(pic, (125, 160), interpolation=cv2.INTER_AREA).astype(np.float32)
    card[260:420, 690:815] = np.clip(236 - (236 - ghost) * 0.35, 0, 255).astype(np.uint8)
    for i, word in enumerate(("DE VRIES", "Anna Maria", "12 MEI 1985", "NEDERLANDSE")):
        cv2.putText(card, word, (300, 130 + 70 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (25, 25, 35), 2)
    if flip:
        card = card[::-1, ::-1].copy()
    page[280:820, 320:1176] = card
    def on_page(x0: int, y0: int, x1: int, y1: int) -> tuple[int, int, int, int]:
        if flip:
            x0, y0, x1, y1 = 856 - x1, 540 - y1, 856 - x0, 540 - y0
        return 320 + x0, 280 + y0, 320 + x1, 280 + y1

    return page, on_page(35, 100, 265, 400), on_page(690, 260, 815, 420), on_page(300, 105, 440, 135)


def _black_share(img, rect):
    x0, y0, x1, y1 = rect
    return float((img[y0 + 2:y1 - 2, x0 + 2:x1 - 2] <= 40).all(axis=2).mean())


@pytest.mark.parametrize("flip", [False, True])
def test_card_front_without_a_face_gets_its_layout_box_and_a_flag(monkeypatch, flip):
    from studio_dsar.core.redaction import engine, ocr

    if not ocr.tesseract_available():
        pytest.skip("tesseract is not installed")
    monkeypatch.setenv("STUDIO_DSAR_FACE_DETECTOR", "none")
    page, photo, ghost, surname = _card_on_page(flip)
    red, _mask, res = engine.redact_page(page)
    assert "portrait_from_layout" in res.review
    layout = [f for f in res.findings if f.category == "photo" and f.evidence == "layout"]
    assert layout, res.findings
    assert _black_share(red, photo) >= 0.98
    assert _black_share(red, ghost) >= 0.98
    # the name beside the portrait stays: no more than 5 % newly black
    x0, y0, x1, y1 = surname
    newly = (red[y0:y1, x0:x1] <= 40).all(axis=2) & ~(page[y0:y1, x0:x1] <= 64).all(axis=2)
    assert newly.mean() <= 0.05


# --------------------------------------------------------------------------- the cover
def _data_card(photo_rect, face_share: float, shear: float = 0.0, text_gap: int = 45, words: bool = True):
    """A card crop with a portrait and, beside it, a column of five flush-left text lines
    (labels and values, as ICAO layouts print the data), optionally sheared (a card seen at
    an angle: x moves by ``shear`` per pixel down). Returns the crop, the face (x, y,
    size), the text boxes (as OCR would give them, or none) and the photo's corners."""
    import cv2

    crop = np.full((700, 1100, 3), 232, np.uint8)
    for k in range(0, 1100, 37):
        pts = np.array([[k + 40 * np.sin(y / 60.0), y] for y in range(0, 700, 10)], np.int32)
        cv2.polylines(crop, [pts], False, (215, 205, 225), 1)
    x0, y0, x1, y1 = photo_rect
    crop[y0:y1, x0:x1] = _picture(y1 - y0, x1 - x0)
    text = []
    for i, (word, scale) in enumerate((("Naam / Surname", 0.6), ("JANSSENS", 1.1), ("Voornamen", 0.6),
                                       ("Marie Louise", 1.1), ("12 MEI 1985", 1.1))):
        tx, ty = x1 + text_gap, y0 + 10 + 55 * i
        (tw, th), _b = cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, scale, 2)
        cv2.putText(crop, word, (tx, ty + th), cv2.FONT_HERSHEY_SIMPLEX, scale, (20, 20, 30), 2)
        text.append((tx, ty, tx + tw, ty + th + 4))
    corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    fs = face_share * (y1 - y0)
    face = [(x0 + x1) / 2, y0 + 0.47 * (y1 - y0), fs]
    if shear:
        m = np.array([[1.0, shear, -shear * 350], [0.0, 1.0, 0.0]], np.float32)
        crop = cv2.warpAffine(crop, m, (1100, 700), borderValue=(232, 232, 232))
        corners = cv2.transform(corners[None], m)[0]
        text = [tuple(int(v) for v in cv2.boundingRect(cv2.transform(
            np.array([[[a, b], [c, b], [c, d], [a, d]]], np.float32), m)[0])) for a, b, c, d in text]
        text = [(a, b, a + c, b + d) for a, b, c, d in text]
        face[0] += shear * (face[1] - 350)
    return crop, tuple(face), (text if words else []), corners


def _cover_mask(cover, shape):
    import cv2

    m = np.zeros(shape[:2], np.uint8)
    for p in cover.polygons:
        cv2.fillPoly(m, [np.round(p).astype(np.int32)], 1)
    return m > 0


def _photo_covered(mask, corners) -> float:
    import cv2

    pm = np.zeros(mask.shape, np.uint8)
    cv2.fillPoly(pm, [np.round(corners).astype(np.int32)], 1)
    return float(mask[pm > 0].mean())


def _text_eaten(mask, text) -> float:
    return max(float(mask[b:d, a:c].mean()) for a, b, c, d in text)


@pytest.mark.parametrize("share", [0.8, 0.65, 0.5, 0.4])
def test_cover_holds_the_whole_photo_from_tight_to_loose(share):
    """A tight ICAO portrait (the face fills 80 % of its photo) as well as a loose one: the
    whole photo goes, the data beside it stays."""
    crop, (fx, fy, fs), text, corners = _data_card((80, 120, 320, 430), share)
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    mask = _cover_mask(cover, crop.shape)
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05


@pytest.mark.parametrize("share", [0.8, 0.5])
def test_cover_spares_text_ocr_could_not_read(share):
    """Blurred or glaring text OCR cannot read: the flush-left column of ink beside the
    portrait still stops the cover."""
    crop, (fx, fy, fs), text, corners = _data_card((80, 120, 320, 430), share)
    cover = portraits.portrait_cover(crop, fx, fy, fs, [])
    mask = _cover_mask(cover, crop.shape)
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05


@pytest.mark.parametrize("shear", [0.12, -0.12])
def test_cover_of_a_sheared_card(shear):
    """A card seen at an angle: photo and text column lean alike; the cover follows them."""
    crop, (fx, fy, fs), text, corners = _data_card((120, 120, 360, 430), 0.5, shear=shear, text_gap=40)
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    mask = _cover_mask(cover, crop.shape)
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05


def test_cover_without_photo_edges_is_generous_and_not_vouched():
    crop = np.full((700, 1100, 3), 232, np.uint8)
    pic = _picture(320, 240)
    yy, xx = np.mgrid[0:320, 0:240]
    a = np.clip(1.0 - np.hypot((xx - 120) / 120, (yy - 160) / 160), 0, 1)[..., None]
    crop[100:420, 80:320] = (a * pic + (1 - a) * 232).astype(np.uint8)
    cover = portraits.portrait_cover(crop, 200, 250, 0.5 * 320, [])
    assert not cover.vouched
    mask = _cover_mask(cover, crop.shape)
    corners = np.array([[80, 100], [320, 100], [320, 420], [80, 420]], np.float32)
    assert _photo_covered(mask, corners) >= 0.995


def test_cover_stays_within_the_document_bounds():
    crop, (fx, fy, fs), text, corners = _data_card((80, 120, 320, 430), 0.5)
    bounds = (20.0, 60.0, 700.0, 520.0)    # the card's extent: the envelope reaches beyond it
    cover = portraits.portrait_cover(crop, fx, fy, fs, text, bounds=bounds)
    x0, y0, _x1, y1 = cover.rect
    assert x0 >= bounds[0] - 1 and y0 >= bounds[1] - 1 and y1 <= bounds[3] + 1
    assert _photo_covered(_cover_mask(cover, crop.shape), corners) >= 0.995


def test_text_column_leans_with_the_card():
    col = portraits.text_column([(400, 100, 500, 120), (410, 200, 520, 220), (420, 300, 480, 320)],
                                300, 50, 350, 300)
    assert col is not None
    a, k, m = col
    assert 0.05 <= k <= 0.12 and a + k * (110 - m) <= 400 + 1


def test_two_equally_good_copies_make_the_ghost_unsure():
    """A second place that matches the portrait nearly as well as the best (a small template
    also fits a patch of background print): the match names it, so both are covered and the
    page is flagged, rather than the wrong one blacked out as sure."""
    import cv2

    crop, (fx, fy, fs), text, _corners = _card((80, 120, 320, 440), 0.6)
    pic = crop[120:440, 80:320].astype(np.float32)
    g = cv2.resize(pic, (132, 176), interpolation=cv2.INTER_AREA)
    g = np.clip(232 - (232 - g) * 0.33, 0, 255).astype(np.uint8)
    crop[380:556, 860:992] = g
    crop[60:236, 620:752] = g
    main = portraits.portrait_box(crop, fx, fy, fs, text).photo
    m = portraits.ghost_by_template(crop, main, text)
    assert m is not None and m.rival is not None
    places = sorted([m.rect, m.rival])
    assert abs(places[0][0] - 620) < 12 and abs(places[1][0] - 860) < 12


def test_single_ghost_has_no_rival():
    import cv2

    crop, (fx, fy, fs), text, _corners = _card((80, 120, 320, 440), 0.6)
    pic = crop[120:440, 80:320].astype(np.float32)
    g = cv2.resize(pic, (132, 176), interpolation=cv2.INTER_AREA)
    crop[380:556, 860:992] = np.clip(232 - (232 - g) * 0.33, 0, 255).astype(np.uint8)
    main = portraits.portrait_box(crop, fx, fy, fs, text).photo
    m = portraits.ghost_by_template(crop, main, text)
    assert m is not None and m.rival is None


def _faded_portrait(edge: bool = True):
    """A card with a portrait that has no straight side (faded into the card) and the data
    column beside it, well inside the view; ``edge``: the card's left edge in view (a
    straight upright line that tells the document is not sheared)."""
    crop, (fx, fy, fs), text, corners = _data_card((260, 180, 500, 490), 0.5)
    x0, y0, x1, y1 = 260, 180, 500, 490
    pic = _picture(y1 - y0, x1 - x0)
    yy, xx = np.mgrid[0:y1 - y0, 0:x1 - x0]
    a = np.clip(1.0 - np.hypot((xx - 120) / 120, (yy - 155) / 155), 0, 1)[..., None]
    crop[y0:y1, x0:x1] = (a * pic + (1 - a) * 232).astype(np.uint8)
    if edge:
        crop[:, :100] = 110
    return crop, (fx, fy, fs), text, corners


def test_cover_without_sides_is_vouched_when_it_holds_every_icao_photo():
    """No straight side to lock onto, but the cover holds the whole envelope of ICAO photos
    around the face, less the words OCR read beside it: the photo cannot be elsewhere, so
    the page is not flagged for the portrait's extent."""
    crop, (fx, fy, fs), text, corners = _faded_portrait()
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    assert not cover.sides
    assert cover.vouched
    mask = _cover_mask(cover, crop.shape)
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05


def _sheared_envelope_left(fx: float, fy: float, s: float, k: float) -> np.ndarray:
    """The part of the envelope left of the face's centre, sheared by ``k`` (dx/dy) about it."""
    el, et, _er, eb = portraits.ENVELOPE
    return np.array([[fx - el * s - k * et * s, fy - et * s], [fx - k * et * s, fy - et * s],
                     [fx + k * eb * s, fy + eb * s], [fx - el * s + k * eb * s, fy + eb * s]], np.float32)


def test_cover_without_sides_holds_the_envelope_leaning_either_way_when_the_lean_is_unknown():
    """No upright line near the face: a card seen at an angle would shear its photo out of
    an upright envelope, and nothing says it is not so. The cover holds the envelope leaning
    as far as a document leans, either way, and is then vouched for; held upright only (as
    for a ghost portrait's envelope) it is not."""
    crop, (fx, fy, fs), text, corners = _faded_portrait(edge=False)
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    assert cover.vouched
    mask = _cover_mask(cover, crop.shape)
    for k in (-portraits.MAX_LEAN, portraits.MAX_LEAN):
        assert _photo_covered(mask, _sheared_envelope_left(fx, fy, fs, k)) >= 0.995
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05
    upright = portraits.portrait_cover(crop, fx, fy, fs, text, held_leaning=False)
    assert not upright.vouched
    mask = _cover_mask(upright, crop.shape)
    assert min(_photo_covered(mask, _sheared_envelope_left(fx, fy, fs, k))
               for k in (-portraits.MAX_LEAN, portraits.MAX_LEAN)) < 0.95


def test_cover_cut_by_an_ink_column_alone_is_not_vouched():
    """The same portrait with its text unread (OCR found no words): the column beside it is
    seen in the ink alone, which proves nothing about where the photo ends."""
    crop, (fx, fy, fs), _text, _corners = _faded_portrait()
    cover = portraits.portrait_cover(crop, fx, fy, fs, [])
    assert not cover.vouched


@pytest.mark.parametrize("cut", [50, 110])
def test_envelope_cut_off_at_the_view_edge_is_not_vouched(cut):
    crop, (fx, fy, fs), text, _corners = _faded_portrait()
    cover = portraits.portrait_cover(crop[cut:], fx, fy - cut, fs, [(a, b - cut, c, d - cut) for a, b, c, d in text])
    assert cover.vouched == (fy - cut - portraits.ENVELOPE[1] * fs >= 0)


def test_sheared_card_cover_leans_with_it():
    """A card seen at an angle, its photo without clear sides: the envelope leans with the
    card's edge, so the photo's far corners are covered too."""
    crop, (fx, fy, fs), text, corners = _faded_portrait()
    import cv2

    shear = 0.2
    m = np.array([[1.0, shear, -shear * fy], [0.0, 1.0, 0.0]], np.float32)
    crop = cv2.warpAffine(crop, m, (1100, 700), borderValue=(232, 232, 232))
    corners = cv2.transform(corners[None], m)[0]
    text = [(a + int(shear * (b - fy)), b, c + int(shear * (d - fy)), d) for a, b, c, d in text]
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    assert _photo_covered(_cover_mask(cover, crop.shape), corners) >= 0.995


def test_the_data_column_gives_the_documents_upright():
    """The left ends of the data column's words (ICAO layouts print them flush left) give the
    document's upright where no straight line near the face does; a header word elsewhere is
    no part of it, and a ragged column or a short one gives nothing."""
    col = [(int(500 + 0.03 * y), y, int(500 + 0.03 * y) + 150, y + 25) for y in range(100, 560, 75)]
    assert abs(portraits.column_lean(col, 300, 50, 650, 600) - 0.03) < 0.005
    header = [(420, 60, 700, 80)]
    assert abs(portraits.column_lean(header + col, 300, 50, 650, 600) - 0.03) < 0.005
    ragged = [(500 + dx, y, 650, y + 25) for dx, y in zip((0, 40, 80, 20, 60, 100, 30), range(100, 560, 75), strict=True)]
    assert portraits.column_lean(ragged, 300, 50, 650, 600) is None
    assert portraits.column_lean(col[:3], 300, 50, 650, 600) is None
    assert portraits.column_lean(col[:4], 300, 50, 650, 600) is None     # rows over a third of the span


def test_cover_without_sides_is_vouched_when_the_data_column_gives_the_upright():
    """No upright line near the face (a photo fading into the card, a pale card edge), but the
    data column beside it read on enough rows: the document is not sheared, and a cover
    holding the envelope of every ICAO photo is vouched for."""
    import cv2

    crop, (fx, fy, fs), text, corners = _faded_portrait(edge=False)
    text = list(text)
    x = text[0][0]
    for i, word in enumerate(("Geboortedatum", "12.05.1985", "Kaartnummer")):
        ty = text[-1][1] + 55 * (i + 1)
        (tw, th), _b = cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, 0.8, 2)
        cv2.putText(crop, word, (x, ty + th), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 30), 2)
        text.append((x, ty, x + tw, ty + th + 4))
    cover = portraits.portrait_cover(crop, fx, fy, fs, text)
    assert cover.vouched and not cover.sides
    mask = _cover_mask(cover, crop.shape)
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05
    # the same column, ragged (no column): not vouched
    ragged = [(a + dx, b, c + dx, d) for dx, (a, b, c, d) in zip((0, 40, 80, 20, 60, 100, 30, 70), text, strict=True)]
    assert not portraits.portrait_cover(crop, fx, fy, fs, ragged).vouched


@pytest.mark.parametrize("fx, fy", [(175.0, 110.0), (25.0, 110.0), (100.0, 188.0), (100.0, 14.0)])
def test_face_by_the_crops_edge_leaves_a_strip_narrower_than_the_edge_shift(fx: float, fy: float) -> None:
    """A face so near the crop's edge that the strip beyond one side is only a few pixels wide
    (fewer than the shift that looks past a blurred edge): the side search must still answer.
    It failed there with a broadcasting error, which made the whole page's redaction fail."""
    crop = np.full((200, 200, 3), 230, np.uint8)
    crop[60:160, 120:196] = 90
    crop[60:160, 4:80] = 90
    cand, _tilt = portraits._side_candidates(crop, fx, fy, 40.0, 2.6)
    assert set(cand) == {"left", "right", "top", "bottom"}
    box = portraits.portrait_box(crop, fx, fy, 40.0, [])
    x0, y0, x1, y1 = box.rect
    # the box may run past the crop (a cover is clipped to the page later); it holds the face
    assert x0 < fx < x1 and y0 < fy < y1


# --------------------------------------------------------------------------- ghost and view checks
def _ghost_by_card_edge():
    """A card crop whose faint ghost portrait stands near the card's right edge, on a dark
    desk: the card's edge is a far stronger straight line than the ghost's own faint sides.
    Returns crop, the ghost's face (x, y, size) and the ghost's rectangle."""
    import cv2

    crop = np.full((700, 1100, 3), 60, np.uint8)           # the desk
    crop[40:660, 40:905] = (232, 228, 224)                  # the card, its right edge at x 905
    pic = _picture(240, 180, seed=9).astype(np.float32)
    # the photo's own background on its left is nearly the card's (its side barely shows),
    # and a straight edge runs down inside the picture (a curtain, a door frame)
    pic[:, :36] = 222
    pic[:, 36:40] = 60
    g = 232 - (232 - pic) * 0.3                             # a faint copy
    gx0, gy0 = 700, 260
    crop[gy0:gy0 + 240, gx0:gx0 + 180] = np.clip(g, 0, 255).astype(np.uint8)
    crop = cv2.GaussianBlur(crop, (3, 3), 0)
    face = (gx0 + 90.0, gy0 + 0.42 * 240, 0.45 * 240)
    return crop, face, (gx0, gy0, gx0 + 180, gy0 + 240)


def test_ghost_found_by_its_face_is_covered_whole_beside_the_card_edge():
    import cv2

    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.geometry import Frame
    from studio_dsar.core.redaction.results import PageResult

    crop, (fx, fy, fs), (x0, y0, x1, y1) = _ghost_by_card_edge()
    h, w = crop.shape[:2]
    fr = Frame(w / 2, h / 2, 0.0, -w / 2, w / 2, -h / 2, h / 2, 1.0)   # the crop is the page
    res = PageResult()
    engine._ghost_face_cover(res, fr, crop, Face(fx, fy, fs, 0.0, 0.8), [], (40.0, 40.0, 905.0, 660.0))
    m = np.zeros((h, w), np.uint8)
    for f in res.findings:
        assert f.category == "ghost_photo"
        cv2.fillPoly(m, [np.round(f.polygon).astype(np.int32)], 1)
    # every pixel of the faint copy is black, not only what its strongest lines enclose
    assert m[y0 + 2:y1 - 2, x0 + 2:x1 - 2].mean() >= 0.99
    # and the cover stays on the card
    assert not m[:, 912:].any()


def test_a_sheared_rectified_view_is_not_trusted_for_the_portraits():
    """A rectified card view made from an outline taken a little wrong (a corner on a
    shadow) shears the photo and its data column: such a view places no portrait."""
    from studio_dsar.core.redaction import engine

    good, (fx, fy, fs), _t, _c = _data_card((80, 120, 320, 440), 0.6)
    bad, _f, _t, _c = _data_card((80, 120, 320, 440), 0.6, shear=0.09)
    assert engine.warp_lean(good, fx, fy, fs) < engine.WARP_TRUST_DEG
    assert engine.warp_lean(bad, fx, fy, fs) >= engine.WARP_TRUST_DEG


def _copy_search(first, left):
    """A stand-in for ``ghost_by_template`` that tells the first search from the one run again
    over the covers (``covered`` given): the first answers ``first``; the second answers a
    match at the first of the rectangles ``left`` (view coordinates) that the covers leave a
    tenth or more of visible and the search does not pass over (``exclude``), else nothing.
    Returns the stand-in and the list of (covered given, rectangles passed over) per call."""
    calls: list[tuple[bool, list]] = []

    def search(crop, main, barriers, exclude=None, zone=None, covered=None, min_score=0.0):
        calls.append((covered is not None, list(exclude or [])))
        if covered is None:
            return first
        for r in left:
            if r in (exclude or []):
                continue
            x0, y0, x1, y1 = (int(round(v)) for v in r)
            if (covered[y0:y1, x0:x1] == 0).mean() >= 0.1:
                return portraits.GhostMatch(r, 0.6)
        return None

    return search, calls


def test_an_unsure_copy_match_with_no_face_also_covers_the_ghost_zone(monkeypatch):
    """The copy of the portrait matched only fairly, somewhere the ghost is not (a patch of
    print), and the detector found no face: the layout's ghost zone is blacked out as well,
    before the search is run again over what the covers leave visible; with the ghost under
    the zone's cover that search finds nothing, and the page is not flagged for the ghost.
    Where the second search still finds the copy, the page is flagged."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.layout import Card
    from studio_dsar.core.redaction.results import PageResult

    page, photo, ghost, _surname = _card_on_page()
    card = Card(748.0, 550.0, 0.0, 856.0, 540.0)
    fr = card.frame()
    crop = fr.crop(page)
    # the match: a place on the card's plain top edge, far from the ghost
    wrong = fr.from_page([[900.0, 290.0], [960.0, 360.0]])
    face = Face((photo[0] + photo[2]) / 2, photo[1] + 0.45 * (photo[3] - photo[1]), 0.45 * (photo[3] - photo[1]),
                0.0, 0.9)
    g = engine._portrait_frame(fr, face).from_page([[ghost[0], ghost[1]], [ghost[2], ghost[3]]])
    g_rect = (float(g[0, 0]), float(g[0, 1]), float(g[1, 0]), float(g[1, 1]))
    first = portraits.GhostMatch(
        (float(wrong[0, 0]), float(wrong[0, 1]), float(wrong[1, 0]), float(wrong[1, 1])), 0.55)
    search, calls = _copy_search(first, [g_rect])
    monkeypatch.setattr(engine, "ghost_by_template", search)
    monkeypatch.setattr(engine, "_ghost_search", lambda *a, **k: None)
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face], [], None, "portrait", [card])
    red, _mask = engine.burn(page, res.findings)
    assert _black_share(red, photo) >= 0.98
    assert _black_share(red, ghost) >= 0.98
    assert [c[0] for c in calls] == [False, True]
    assert "ghost_portrait_unsure" not in res.review
    # the second search still finding the copy (what the covers left of it): flagged
    search, calls = _copy_search(first, [g_rect])
    monkeypatch.setattr(engine, "ghost_by_template", lambda *a, covered=None, **k: search(
        *a, covered=None if covered is None else np.zeros_like(covered), **k))
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face], [], None, "portrait", [card])
    assert [c[0] for c in calls] == [False, True]
    assert "ghost_portrait_unsure" in res.review


def test_sides_the_text_contradicts_give_the_ink_column_back(monkeypatch):
    """The photo's sides were taken wrong, the right one out in the data (a line of print
    taken for it): OCR read a word inside that box, so the sides are not trusted; the data
    column seen in the ink then stops the cover, as it does where no sides were found, and
    the names OCR could not read stay (a blurred passport page)."""
    crop, (fx, fy, fs), text, corners = _data_card((80, 120, 320, 430), 0.5)
    x0, y0, x1, y1 = 80.0, 120.0, 320.0 + 200.0, 430.0      # 155 px into the data
    quad = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)
    monkeypatch.setattr(portraits, "portrait_box", lambda *a, **k: portraits.PortraitBox(
        (x0, y0, x1, y1), True, 4, quad, (x0, y0, x1, y1)))
    a, b, c, d = text[-1]
    read = [(a + 110, b, c, d)]    # OCR read only the year of the date, inside the wrong box
    cover = portraits.portrait_cover(crop, fx, fy, fs, read)
    mask = _cover_mask(cover, crop.shape)
    assert not cover.vouched
    assert _photo_covered(mask, corners) >= 0.995
    assert _text_eaten(mask, text) <= 0.05


# --------------------------------------------------------------------------- tight ghost covers
def test_mask_polygons_keep_holes_visible_only_when_asked():
    """A cover's mask with a line of text left out inside it: as one polygon per outline the
    hole is blacked out with the rest; with ``holes`` it stays visible and every pixel of the
    mask is still covered."""
    import cv2

    m = np.zeros((120, 160), np.uint8)
    m[10:110, 10:150] = 1
    m[40:55, 30:120] = 0          # a line of text inside the cover
    m[80:90, 20:60] = 0           # and another

    def burnt(polys):
        r = np.zeros_like(m)
        for p in polys:
            cv2.fillPoly(r, [np.round(p).astype(np.int32)], 1)
        return r

    old, new = burnt(portraits.mask_polygons(m)), burnt(portraits.mask_polygons(m, holes=True))
    assert old[41:54, 31:119].all()                    # one outline: the hole goes too
    assert (new[m > 0] == 1).all()                     # every pixel of the mask is covered
    assert not new[41:54, 31:119].any() and not new[81:89, 21:59].any()


def _ghost_zone_card():
    """A card crop with a faint ghost portrait in a layout zone, a line of dark print wholly
    inside the zone (below the ghost) and one the zone's left edge cuts, neither read by
    OCR. Returns the crop, the zone, the ghost's rectangle and the two lines' boxes."""
    import cv2

    crop = np.full((700, 1100, 3), 232, np.uint8)
    for k in range(0, 1100, 37):
        pts = np.array([[k + 40 * np.sin(y / 60.0), y] for y in range(0, 700, 10)], np.int32)
        cv2.polylines(crop, [pts], False, (215, 205, 225), 1)
    pic = _picture(200, 150, seed=3).astype(np.float32)
    gx0, gy0 = 760, 140
    crop[gy0:gy0 + 200, gx0:gx0 + 150] = np.clip(232 - (232 - pic) * 0.35, 0, 255).astype(np.uint8)
    lines = []
    for word, (tx, ty) in (("21 AUG 2031", (700, 430)), ("NEDERLANDSE", (440, 250))):
        (tw, th), _b = cv2.getTextSize(word, cv2.FONT_HERSHEY_SIMPLEX, 1.0, 2)
        cv2.putText(crop, word, (tx, ty + th), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (25, 25, 35), 2)
        lines.append((tx, ty, tx + tw, ty + th + 4))
    crop = cv2.GaussianBlur(crop, (3, 3), 0)
    return crop, (620.0, 60.0, 1000.0, 520.0), (gx0, gy0, gx0 + 150, gy0 + 200), lines


def test_ghost_layout_zone_spares_print_inside_it_and_across_its_edge():
    """The fail-safe zone of a ghost portrait no face placed: every pixel of the faint ghost
    goes, but a date printed inside the zone and a nationality its edge cuts stay (OCR read
    neither: their dark print says they are lines of text, which no faint ghost is)."""
    crop, zone, (x0, y0, x1, y1), lines = _ghost_zone_card()
    mask = _cover_mask(type("C", (), {"polygons": portraits.layout_cover(crop, zone, [], False)}), crop.shape)
    assert mask[y0 + 2:y1 - 2, x0 + 2:x1 - 2].mean() >= 0.99
    assert _text_eaten(mask, lines) <= 0.05


def test_a_face_in_one_of_two_copy_matches_tells_which_is_the_ghost(monkeypatch):
    """The copy of the portrait matched in two places nearly as well (the second a patch of
    the card's print), and the detector found a small face in one of them: that one is the
    ghost portrait and is blacked out; the other place (where a name or a date may stand)
    stays, and the search run again over the covers passes over it: nothing else like the
    portrait left, the page is not flagged for the ghost. Were the other place searched
    again, it would still match, and the page would be flagged."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.layout import Card
    from studio_dsar.core.redaction.results import PageResult

    page, photo, ghost, _surname = _card_on_page()
    card = Card(748.0, 550.0, 0.0, 856.0, 540.0)
    fr = card.frame()
    crop = fr.crop(page)
    face = Face((photo[0] + photo[2]) / 2, photo[1] + 0.45 * (photo[3] - photo[1]), 0.45 * (photo[3] - photo[1]),
                0.0, 0.9)
    pfr = engine._portrait_frame(fr, face)       # the view the matches are given in
    g = pfr.from_page([[ghost[0], ghost[1]], [ghost[2], ghost[3]]])
    other = (800, 700, 860, 780)
    o = pfr.from_page([[other[0], other[1]], [other[2], other[3]]])
    g_rect = (float(g[0, 0]), float(g[0, 1]), float(g[1, 0]), float(g[1, 1]))
    o_rect = (float(o[0, 0]), float(o[0, 1]), float(o[1, 0]), float(o[1, 1]))
    search, calls = _copy_search(portraits.GhostMatch(g_rect, 0.7, o_rect), [g_rect, o_rect])
    monkeypatch.setattr(engine, "ghost_by_template", search)
    monkeypatch.setattr(engine, "_ghost_search", lambda *a, **k: None)
    res = PageResult()
    small = Face((ghost[0] + ghost[2]) / 2, ghost[1] + 0.45 * (ghost[3] - ghost[1]), 0.45 * (ghost[3] - ghost[1]),
                 0.0, 0.6)
    engine._portraits(page, res, fr, crop, [face, small], [], None, "portrait", [card])
    red, _mask = engine.burn(page, res.findings)
    assert _black_share(red, photo) >= 0.98
    assert _black_share(red, ghost) >= 0.98
    assert _black_share(red, other) <= 0.05
    assert calls == [(False, []), (True, [o_rect])]
    assert "ghost_portrait_unsure" not in res.review
    # the other place searched again after all (what it holds still matches): flagged
    search, calls = _copy_search(portraits.GhostMatch(g_rect, 0.7, o_rect), [g_rect, o_rect])
    monkeypatch.setattr(engine, "ghost_by_template", lambda *a, exclude=None, **k: search(*a, **k))
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face, small], [], None, "portrait", [card])
    assert "ghost_portrait_unsure" in res.review


def test_a_word_read_inside_a_ghosts_envelope_stays_visible():
    """A ghost portrait found by its face is covered by the envelope of every photo around
    that face, far larger than the faint copy: a word OCR read wholly inside the envelope
    (a short field below the ghost) is left out of the cover, not only a word at its edge."""
    import cv2

    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.geometry import Frame
    from studio_dsar.core.redaction.results import PageResult

    crop, (fx, fy, fs), (x0, y0, x1, y1) = _ghost_by_card_edge()
    h, w = crop.shape[:2]
    word = (675, 515, 715, 535)
    cv2.putText(crop, "M/M", (word[0], word[3]), cv2.FONT_HERSHEY_SIMPLEX, 0.6, (25, 25, 35), 2)
    fr = Frame(w / 2, h / 2, 0.0, -w / 2, w / 2, -h / 2, h / 2, 1.0)
    res = PageResult()
    engine._ghost_face_cover(res, fr, crop, Face(fx, fy, fs, 0.0, 0.8), [word], (40.0, 40.0, 905.0, 660.0))
    m = np.zeros((h, w), np.uint8)
    for f in res.findings:
        cv2.fillPoly(m, [np.round(f.polygon).astype(np.int32)], 1)
    assert m[y0 + 2:y1 - 2, x0 + 2:x1 - 2].mean() >= 0.99
    # the envelope reaches round the word on every side, yet the word stays
    assert m[word[1] - 20, word[0]:word[2]].all() and m[word[1]:word[3], word[0] - 12].all()
    assert not m[word[1]:word[3], word[0]:word[2]].any()


def test_the_lines_around_a_portrait_are_found_once_per_region(monkeypatch):
    """The lines around one portrait are asked for several times (the rectified view's lean
    both ways, the frame's turn, the photo's lean): one Hough transform answers them all, and
    the answers are those of a transform each."""
    import cv2

    from studio_dsar.core.redaction import engine

    crop, (fx, fy, fs), _t, _c = _data_card((80, 120, 320, 440), 0.6, shear=0.09)
    fresh = [portraits.axis_residual(crop, fx, fy, fs, vertical=v) for v in (None, True, False)]
    getattr(portraits, "_lines_memo", {}).clear()   # (what the first answers left)
    runs = []
    hough = cv2.HoughLinesP

    def counting(*args, **kwargs):
        runs.append(1)
        return hough(*args, **kwargs)

    monkeypatch.setattr(cv2, "HoughLinesP", counting)
    lean = engine.warp_lean(crop, fx, fy, fs)
    again = [portraits.axis_residual(crop, fx, fy, fs, vertical=v) for v in (None, True, False)]
    assert len(runs) == 1
    assert again == fresh and lean == max(abs(fresh[1]), abs(fresh[2]))
    # another region (another card) is searched anew
    other = np.ascontiguousarray(crop[:, ::-1])
    portraits.axis_residual(other, fx, fy, fs)
    assert len(runs) == 2


def test_ghost_layout_zone_spares_unexplained_print_only_while_the_numbers_are_known():
    """Print no reading explains inside a ghost portrait's layout zone may be the number no
    reading found (a passport number in a lighter ink, blurred): while a side's numbers are
    in doubt it goes with the zone, and only the lines holding a word OCR read stay."""
    crop, zone, (x0, y0, x1, y1), lines = _ghost_zone_card()
    date, nationality = lines
    read = [(nationality[0] + 10, nationality[1] + 2, nationality[0] + 120, nationality[3] - 2)]
    polys = portraits.layout_cover(crop, zone, read, False, numbers_known=False)
    mask = _cover_mask(type("C", (), {"polygons": polys}), crop.shape)
    assert mask[y0 + 2:y1 - 2, x0 + 2:x1 - 2].mean() >= 0.99
    dx0, dy0, dx1, dy1 = date
    assert mask[dy0 + 3:dy1 - 3, dx0 + 3:dx1 - 3].mean() >= 0.98     # unexplained: covered
    assert _text_eaten(mask, [nationality]) <= 0.05                    # read: spared whole


def _card_with_ghost():
    """A card crop with its portrait, the data beside it and a faint copy of the portrait
    (the ghost) at ``(860, 380)``, 132 x 176 px: the crop, the portrait's box, the text
    boxes and the ghost's rectangle."""
    import cv2

    crop, (fx, fy, fs), text, _corners = _card((80, 120, 320, 440), 0.6)
    pic = crop[120:440, 80:320].astype(np.float32)
    g = cv2.resize(pic, (132, 176), interpolation=cv2.INTER_AREA)
    crop[380:556, 860:992] = np.clip(232 - (232 - g) * 0.33, 0, 255).astype(np.uint8)
    main = portraits.portrait_box(crop, fx, fy, fs, text).photo
    return crop, main, text, (860, 380, 992, 556)


@pytest.mark.parametrize("left", [0.0, 0.2, 0.4])
def test_a_ghost_is_vouched_gone_only_when_its_covers_leave_nothing_like_the_portrait(left):
    """The search that placed a copy of the portrait, run again over what the covers leave
    visible: a ghost wholly under its cover is gone; one whose cover leaves a fifth or more
    of it (a cover cut short, a match placed beside it) still matches, and is not vouched
    for; nor is anything when no cover is over the ghost at all."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.geometry import Frame
    from studio_dsar.core.redaction.results import Finding

    crop, main, text, (gx0, gy0, gx1, gy1) = _card_with_ghost()
    h, w = crop.shape[:2]
    view = Frame(0.0, 0.0, 0.0, 0.0, float(w), 0.0, float(h), 1.0)   # the crop is the page
    zone = (main[2], 0.0, float(w), float(h))
    x1 = gx1 + 8 - left * (gx1 - gx0 + 8)
    cover = Finding("ghost_photo", np.array([[gx0 - 8, gy0 - 8], [x1, gy0 - 8], [x1, gy1 + 8], [gx0 - 8, gy1 + 8]],
                                            float), "portrait-copy", 1.0)
    assert engine.ghost_gone([cover], view, crop, main, text, zone) == (left == 0.0)
    assert not engine.ghost_gone([], view, crop, main, text, zone)


@pytest.mark.parametrize("left", [False, True])
def test_an_unsure_copy_match_is_vouched_for_when_its_covers_leave_nothing_like_the_portrait(monkeypatch, left):
    """The copy of the portrait matched only fairly (which place is the ghost is in doubt,
    not its extent): the match and the layout's ghost zone are blacked out, and the search
    is run again over what they leave visible. Nothing like the portrait left: the page is
    not flagged for the ghost; something left: it is."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.layout import Card
    from studio_dsar.core.redaction.results import PageResult

    page, photo, ghost, _surname = _card_on_page()
    card = Card(748.0, 550.0, 0.0, 856.0, 540.0)
    fr = card.frame()
    crop = fr.crop(page)
    face = Face((photo[0] + photo[2]) / 2, photo[1] + 0.45 * (photo[3] - photo[1]), 0.45 * (photo[3] - photo[1]),
                0.0, 0.9)
    g = engine._portrait_frame(fr, face).from_page([[ghost[0], ghost[1]], [ghost[2], ghost[3]]])
    seen: list[bool] = []

    def search(*a, covered=None, **k):
        seen.append(covered is not None)
        if covered is not None and not left:
            return None     # the search run again over the covers finds nothing
        return portraits.GhostMatch((float(g[0, 0]), float(g[0, 1]), float(g[1, 0]), float(g[1, 1])), 0.6)

    monkeypatch.setattr(engine, "ghost_by_template", search)
    monkeypatch.setattr(engine, "_ghost_search", lambda *a, **k: None)
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face], [], None, "portrait", [card])
    red, _mask = engine.burn(page, res.findings)
    assert _black_share(red, ghost) >= 0.98
    assert seen == [False, True]
    assert ("ghost_portrait_unsure" in res.review) == left


def test_a_ghost_copy_running_past_the_view_edge_is_flagged(monkeypatch):
    """A sure copy of the portrait (no rival) matched whole inside the view is not flagged; one
    matched running past the view's edge (a card outline cut short inside the card) has its
    cover cut at that edge, what lies beyond left whole: the page is flagged."""
    from studio_dsar.core.redaction import engine
    from studio_dsar.core.redaction.faces import Face
    from studio_dsar.core.redaction.layout import Card
    from studio_dsar.core.redaction.results import PageResult

    page, photo, ghost, _surname = _card_on_page()
    card = Card(748.0, 550.0, 0.0, 856.0, 540.0)
    fr = card.frame()
    crop = fr.crop(page)
    face = Face((photo[0] + photo[2]) / 2, photo[1] + 0.45 * (photo[3] - photo[1]), 0.45 * (photo[3] - photo[1]),
                0.0, 0.9)
    pfr = engine._portrait_frame(fr, face)
    g = pfr.from_page([[ghost[0], ghost[1]], [ghost[2], ghost[3]]])
    inside = (float(g[0, 0]), float(g[0, 1]), float(g[1, 0]), float(g[1, 1]))
    monkeypatch.setattr(engine, "_ghost_search", lambda *a, **k: None)
    monkeypatch.setattr(engine, "ghost_by_template", lambda *a, **k: portraits.GhostMatch(inside, 0.95))
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face], [], None, "portrait", [card])
    assert any(f.category == "ghost_photo" for f in res.findings)
    assert "ghost_portrait_unsure" not in res.review
    w = float(pfr.size[0])
    gw = inside[2] - inside[0]
    past = (w - 0.6 * gw, inside[1], w + 0.4 * gw, inside[3])
    monkeypatch.setattr(engine, "ghost_by_template", lambda *a, **k: portraits.GhostMatch(past, 0.95))
    res = PageResult()
    engine._portraits(page, res, fr, crop, [face], [], None, "portrait", [card])
    assert "ghost_portrait_unsure" in res.review
