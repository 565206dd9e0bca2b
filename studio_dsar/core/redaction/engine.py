"""Find what must be blacked out on one upright page image, black it out, and check.

Evidence, in order (one module each):

1. faces (``faces``: libfacedetection or BlazeFace, once per page at the right-angle turns
   its text lines leave possible): portrait and ghost portrait, and the orientation of the
   document they are printed on;
2. MRZ (``mrzfind``, ``mrz``): long, parallel text lines read with Tesseract in both
   directions and corrected with ICAO 9303 check digits; the MRZ also tells the document's
   orientation, size and format (TD1/TD2/TD3), and on a passport where its portrait sits;
3. the visual zone of each document (found from its MRZ or portrait) is cropped upright and
   read once (``viznumbers``): numbers by validator, next to their labels, wherever a number
   named by the MRZ appears and, deny by default, every other number-like token that is not a
   date; where both readings leave a number of a side unaccounted for (``numbers_doubt``),
   the print lines no reading vouches for are read once more, one by one; portrait
   rectangles around the faces (``portraits``);
4. QR codes and barcodes (``codes``);
5. the self-check (``selfcheck``): the redacted page is read again (its black boxes painted
   white, so that OCR reads the print beside them); what is still readable is blacked out too
   and the page is flagged.

The findings name a category, a page polygon and the evidence; never a value.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

import numpy as np

from . import ocr, timing
from .numbers import alnum
from .codes import find_codes
from .faces import (Face, PageSearch, detect_faces_async, detect_faces_slanted, page_turn_plan, slanted_directions,
                    turns_needed)
from .faces import backend as face_backend
from .geometry import Frame, angle_diff, norm_angle
from .layout import TD1_GHOST, TD1_PORTRAIT, Card, card_from_portrait, find_cards, outlines, zone_rect
from .mrzfind import MrzHit, TextLine, _text_only, find_mrz, line_candidates, square_lines
from .portraits import (_ghost_search, axis_residual, ghost_by_template, layout_cover, mask_polygons,
                        notched_cover, portrait_cover, portrait_rect, rect_inside)
from .rectify import ID1_ASPECT, Warp, find_quads, legibility, order_corners, side_lengths, turned, warp_for
from .results import DocumentHit, Finding, PageResult
from .viznumbers import (
    _YEAR,
    date_words,
    names_a_month,
    find_numbers,
    flatten,
    glyph_height,
    ink_text_height,
    kept_label_above,
    number_ink,
    number_like,
    numbers_in_mrz_rows,
    numbers_not_read,
    print_lines,
    printed_numbers,
    reread_lines,
    reread_named,
    snap_to_ink,
    unexplained_lines,
)

LOW_CONF = 55.0
T = TypeVar("T")
GHOST_SURE = 0.8   # a copy of the portrait this close is the ghost portrait (else flagged)
# a card seen at an angle shows its ghost portrait sheared: the upright copy's match is padded
# by the lean (dx/dy) and sheared with it; past this lean its extent is flagged as unsure
GHOST_LEAN = 0.12

__all__ = ["DocumentHit", "Finding", "PageResult", "analyse_page", "burn", "find_codes", "find_mrz",
           "find_numbers", "portrait_rect"]


# --------------------------------------------------------------------------- page
def td3_portrait_box(mrz_poly: np.ndarray) -> tuple[float, float, float, float]:
    """Where a passport's portrait sits (ICAO 9303 TD3, zone V), from the MRZ's box in the
    upright crop: left of the data, from some 0.6 MRZ widths above the MRZ down to it.
    (The portrait is 32-45 mm high on a 125 mm page whose MRZ is some 112 mm wide; above it
    only the issuing state's name, which may go too.)"""
    mx0, my0 = mrz_poly[:, 0].min(), mrz_poly[:, 1].min()
    w = mrz_poly[:, 0].max() - mx0
    return (mx0 - 0.05 * w, my0 - 0.60 * w, mx0 + 0.32 * w, my0 - 0.03 * w)


# A face the page search finds this sure of at a turn says which way up its document lies.
SURE_FACE = 0.9


def _turns_needed(lines: list[TextLine], hits: list[MrzHit], first: list[Face],
                  img_shape: tuple[int, ...]) -> tuple[int, ...]:
    """The turns the page search for faces still needs once the MRZs are read and the first
    turns searched (``faces.turns_needed``): a document whose MRZ passes every check digit
    lies the way its MRZ reads (a passport's open booklet, the facing page too), and one with
    a face found surely at a turn (``first``) lies the way that face stands."""
    known = []
    for h in hits:
        if h.unread or h.result is None or not h.result.valid:
            continue
        fr = _doc_frame_from_mrz(h, img_shape)
        if h.fmt == "TD3":
            # the facing page of an open booklet lies above the data page, the same way up
            fr = Frame(fr.cx, fr.cy, fr.angle, fr.x0, fr.x1, fr.y0 - (fr.y1 - fr.y0), fr.y1, fr.z)
        known.append(fr)
    known += [_doc_frame_from_face(f) for f in first if f.conf >= SURE_FACE]
    return turns_needed([(ln.angle, ln.length, any(fr.contains_page_point(ln.cx, ln.cy) for fr in known))
                         for ln in lines], [fr.angle for fr in known])


def _doc_frame_from_mrz(hit: MrzHit, img_shape) -> Frame:
    fr = hit.frame
    bx0, _by0, bx1, by1 = hit.box
    # MRZ extent in page pixels along the document axes, relative to the frame point
    z = fr.z
    xl, xr = fr.x0 + bx0 / z, fr.x0 + bx1 / z
    yb = fr.y0 + by1 / z
    if hit.result is None and hit.ink:
        # a band no reading could parse was read in part (glare, blur at one end): its
        # document spans the band's print, which its box may not (see ``band_ink``)
        for poly in hit.ink:
            q = fr.from_page(poly)
            xl, xr = min(xl, fr.x0 + float(q[:, 0].min()) / z), max(xr, fr.x0 + float(q[:, 0].max()) / z)
    wm = xr - xl
    if hit.fmt == "TD1":
        up, side, down = 0.80, 0.10, 0.08
        target = 1150.0
    else:
        up, side, down = 0.86, 0.09, 0.07
        target = 1500.0
    x0, x1 = xl - side * wm, xr + side * wm
    y0, y1 = yb - up * wm, yb + down * wm
    zz = min(1.6, target / (x1 - x0))
    return Frame(fr.cx, fr.cy, fr.angle, x0, x1, y0, y1, zz)


def _turned_hit(hit: MrzHit) -> MrzHit:
    """The same MRZ seen turned 180 degrees (which way up an unread MRZ lies is unknown)."""
    import dataclasses

    fr = hit.frame
    w, h = fr.size
    bx0, by0, bx1, by1 = hit.box
    tf = Frame(fr.cx, fr.cy, norm_angle(fr.angle + 180.0), -fr.x1, -fr.x0, -fr.y1, -fr.y0, fr.z)
    return dataclasses.replace(hit, frame=tf, box=(w - bx1, h - by1, w - bx0, h - by0), cover=None)


def _doc_frame_from_face(face: Face) -> Frame:
    s = face.size
    # An ID-1 card is about 6.5 face heights wide and 4 high, with the portrait on the
    # left (ICAO 9303 zone V); the crop is generous and only bounds where OCR looks.
    x0, x1, y0, y1 = -1.9 * s, 5.9 * s, -2.4 * s, 2.4 * s
    zz = min(1.6, 1150.0 / (x1 - x0))
    return Frame(face.cx, face.cy, face.angle, x0, x1, y0, y1, zz)


# Zoom of the text reading: an ID-1 card about 1400 px across (capitals of some 30 px, the
# height at which Tesseract reads best), a passport page about 1900 px; never more than
# TEXT_MAX_ZOOM times the page's own pixels (upscaling past that only magnifies blur).
TEXT_TARGET = {"TD1": 1400.0, "TD2": 1600.0, "TD3": 1900.0}
TEXT_MAX_ZOOM = 2.6


def _text_frame(fr: Frame, kind: str, hit: MrzHit | None, face: Face | None) -> Frame:
    """The part of a document where its printed numbers can be, upright, at the zoom its
    text reads best. The document's axes are those of its frame; the extent is generous
    (a number line sits at the bottom of many cards, under the date of birth)."""
    if kind == "portrait" and face is not None:
        s = face.size
        # ID-1 card: about 4-7 face heights wide and 3-4.5 high, the portrait on the left
        # (ICAO 9303 zone V); passports put the data beside and under it as well
        c = fr.from_page([[face.cx, face.cy]])[0] / fr.z + np.array([fr.x0, fr.y0])
        x0, x1, y0, y1 = c[0] - 2.2 * s, c[0] + 7.6 * s, c[1] - 3.0 * s, c[1] + 3.6 * s
        width_target = TEXT_TARGET["TD1"] * 9.8 / 7.1
    else:
        x0, x1, y0, y1 = fr.x0, fr.x1, fr.y0, fr.y1
        fmt = hit.fmt if hit is not None and hit.fmt in TEXT_TARGET else "TD1"
        width_target = TEXT_TARGET[fmt] * 1.2
    z = min(TEXT_MAX_ZOOM, width_target / max(1.0, x1 - x0))
    return Frame(fr.cx, fr.cy, fr.angle, x0, x1, y0, y1, z)


# Degrees of slant of a document's print in its text view past which the view is turned to it
VIEW_SKEW = 2.0


def _text_view(img: np.ndarray, tf: Frame | Warp, hit: MrzHit | None) -> np.ndarray:
    """A document's text view in grey, its MRZ (already covered, read) blanked."""
    import cv2

    tg = cv2.cvtColor(tf.crop(img), cv2.COLOR_BGR2GRAY)
    if hit is not None:
        mpoly = tf.from_page(hit.frame.rect_to_page(*hit.box))
        cv2.fillPoly(tg, [np.round(mpoly).astype(np.int32)], 255)
    return tg


def _printed(img: np.ndarray, card: Card) -> bool:
    """Does a card-shaped outline hold print? Text strokes (dark, thin: a black-hat of the
    card seen 400 px across) cover 2 % or more of a document's face (5-13 % on the cards we
    know), at most 1.4 % of the patch a shadow's or a vignette's edge outlines on a desk."""
    import cv2

    g = cv2.cvtColor(card.frame(target=400.0, margin=0.0).crop(img), cv2.COLOR_BGR2GRAY)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    return float((bh > 30).mean()) >= 0.018


# A neighbouring card's outline is spared by an MRZ's covers only this far inside its edges
# (a share of its short side: the outlines of two cards side by side may overlap a little)
NEIGHBOUR_INSET = 0.05


def mrz_confirmed(hit: MrzHit, still_missing: list[str]) -> bool:
    """An MRZ read with check digits failing whose side's visual zone prints every number it
    names (``printed_numbers``: a BSN or national number in its optional data, a passport's
    number only where its own check digit holds), and on which every one was read and
    covered: the numbers the MRZ gives are the document's, whatever character of the MRZ
    OCR got wrong (its band is blacked out whole, read or not). Not flagged for its checks."""
    if hit.result is None or hit.result.valid or still_missing:
        return False
    if hit.fmt == "TD3" and not hit.result.checks.get("document_number"):
        return False
    return bool(printed_numbers(hit.result))


def _card_polygon(card: Card, inset: float = 0.0) -> np.ndarray:
    """A card outline's corners on the page, ``inset`` (a share of its short side) inside."""
    fr = card.frame(margin=0.0)
    w, h = fr.size
    d = inset * card.height * fr.z
    return fr.rect_to_page(d, d, w - d, h - d)


def _filled(like: np.ndarray, poly: np.ndarray, off: np.ndarray) -> np.ndarray:
    """A 0/1 mask the size of ``like`` with ``poly`` (page pixels, ``off`` the mask's corner) filled."""
    import cv2

    m = np.zeros_like(like)
    cv2.fillPoly(m, [np.round(poly - off).astype(np.int32)], 1)
    return m


def spare_neighbours(img: np.ndarray, findings: list[Finding], spans: list[tuple[int, int, MrzHit]],
                     cards: list[Card]) -> None:
    """An MRZ's covers (its box run on along the lines where checks fail, and the band's ink
    followed beyond it: ``spans`` of ``findings``) stop at a neighbouring card: a card back
    photographed beside its front at an angle had its MRZ lines run on, in line, over the
    front's dates and nationality. Only where the band lies on a card outline of its own
    (which keeps its covers whole) and the part of the band that was read lies on no other
    card with print; what the covers leave of that card is the self-check's to read (an MRZ
    there reads as MRZ-like)."""
    import cv2

    from .portraits import mask_polygons

    H, W = img.shape[:2]
    for start, end, hit in reversed(spans):
        band = hit.frame.rect_to_page(*hit.box)
        cx, cy = band.mean(0)
        own = [k for k in cards if k.contains(cx, cy)]
        if not own:
            continue
        covers = findings[start:end]
        allp = np.vstack([f.polygon for f in covers])
        x0, y0 = (int(v) for v in np.floor(allp.min(0)))
        x1, y1 = (int(v) + 1 for v in np.ceil(allp.max(0)))
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
        if x1 <= x0 or y1 <= y0:
            continue
        off = np.array([x0, y0], float)
        others = [k for k in cards if not k.contains(cx, cy) and not any(k.contains(*p) for p in band)
                  and not any(o.contains(k.cx, k.cy) or k.contains(o.cx, o.cy) for o in own)]
        spare = np.zeros((y1 - y0, x1 - x0), np.uint8)
        for k in others:
            m = _filled(spare, _card_polygon(k, NEIGHBOUR_INSET), off)
            if m.any() and _printed(img, k):
                spare |= m
        for k in own:
            cv2.fillPoly(spare, [np.round(_card_polygon(k) - off).astype(np.int32)], 0)
        if not spare.any():
            continue
        new: list[Finding] = []
        for f in covers:
            m = _filled(spare, f.polygon, off)
            if not (m & spare).any():
                new.append(f)
                continue
            new += [Finding(f.category, p + off, f.evidence, f.confidence) for p in mask_polygons(m & (1 - spare))]
        findings[start:end] = new


def _moved(w: ocr.Word, src: Frame | Warp, dst: Frame) -> ocr.Word:
    """An OCR word of one view with its box in another view's pixels (the bounding box of
    its corners there)."""
    q = dst.from_page(src.rect_to_page(w.x, w.y, w.x + w.w, w.y + w.h))
    x0, y0 = q.min(0)
    x1, y1 = q.max(0)
    return ocr.Word(w.text, w.conf, int(round(x0)), int(round(y0)), max(1, int(round(x1 - x0))),
                    max(1, int(round(y1 - y0))), w.block, w.par, w.line)


def _card_of_quad(q: np.ndarray) -> Card | None:
    """The ID-1 card a document outline shows, or None for another shape."""
    wq, hq = side_lengths(order_corners(q, 0.0))
    long_, short = max(wq, hq), min(wq, hq)
    if not 1.3 <= long_ / max(1.0, short) <= 2.2:   # ID-1 (1.59) seen with perspective
        return None
    qq = order_corners(q, 0.0 if wq >= hq else 90.0)
    top = (qq[1] - qq[0] + qq[2] - qq[3]) / 2
    c = q.mean(0)
    return Card(float(c[0]), float(c[1]), math.degrees(math.atan2(top[1], top[0])), long_, short)


def merge_outlines(cards: list[Card], quad_cards: list[Card]) -> list[Card]:
    """The card search's outlines and the ID-1 outlines of the quadrilateral search, each
    card once. A quadrilateral's card is added unless an outline of about its size holds it
    (the same card) or lies in it; one inside an outline of twice its area or more is a card
    on something larger (a patch of desk lit like paper, around all the documents of a
    photo), which the card search keeps as its largest outline and drops the cards in."""
    out = list(cards)
    for qc in quad_cards:
        if not any((k.contains(qc.cx, qc.cy) or qc.contains(k.cx, k.cy))
                   and k.width * k.height < 2.0 * qc.width * qc.height for k in out):
            out.append(qc)
    return out


def _rectified(fr: Frame, kind: str, hit: MrzHit | None, face: Face | None,
               quads: list[np.ndarray], band: MrzHit | None = None) -> Warp | None:
    """The perspective-rectified view of an ID-1 card a document frame stands for, when
    its outline was found: the card whose outline holds the frame's anchor (the MRZ, the
    portrait, the card's centre) and whose size agrees with it, read along the frame's
    direction. Passport pages are left to their frames (their outline is the booklet's).
    ``band``: the MRZ-like band no reading could parse that placed the frame (a card back
    seen at a steep angle, mostly): the card whose outline holds the band's centre, whatever
    its size (the band's own length, of blobs that glare or the desk's print may have run
    on, says little); so too an MRZ no reading could parse, of no format or a card's."""
    import cv2

    if band is None and hit is not None and hit.result is None and hit.fmt in (None, "TD1"):
        band = hit
    if band is None and hit is not None and hit.fmt != "TD1":
        return None
    if band is not None:
        bx0, by0, bx1, by1 = band.box
        anchor = band.frame.to_page([[(bx0 + bx1) / 2, (by0 + by1) / 2]])[0]
        ref, lo, hi = 1.0, 0.0, math.inf
    elif hit is not None:
        bx0, by0, bx1, by1 = hit.box
        anchor = hit.frame.to_page([[(bx0 + bx1) / 2, (by0 + by1) / 2]])[0]
        ref, lo, hi = (bx1 - bx0) / hit.frame.z, 1.0, 1.3       # MRZ width: 0.8-0.95 card
    elif face is not None:
        anchor, ref, lo, hi = np.array([face.cx, face.cy]), face.size, 4.5, 9.0
    else:
        anchor = fr.to_page([[fr.size[0] / 2, fr.size[1] / 2]])[0]
        ref, lo, hi = (fr.x1 - fr.x0) / 1.08, 0.85, 1.2
    for q in quads:
        if cv2.pointPolygonTest(q.astype(np.float32), (float(anchor[0]), float(anchor[1])), False) <= 0:
            continue
        card = _card_of_quad(q)
        if card is None or not lo * ref <= card.width <= hi * ref:
            continue
        if abs(math.sin(math.radians(card.angle - fr.angle))) > 0.3:
            continue   # not the card the frame was read along
        w = warp_for(q, fr.angle, target_width=TEXT_TARGET["TD1"], max_zoom=TEXT_MAX_ZOOM,
                     aspect=ID1_ASPECT)
        if hit is not None and band is None and not _mrz_level(w, hit):
            continue
        return w
    return None


def _mrz_level(w: Warp, hit: MrzHit) -> bool:
    """Does a card's rectified view show its MRZ level and whole, as a true outline does
    (ICAO 9303: the MRZ runs parallel to the card's long edge, across nearly all of it)? An
    outline with a corner misplaced tilts or cuts it."""
    q = w.from_page(hit.frame.rect_to_page(*hit.box))
    top, bottom = q[1] - q[0], q[2] - q[3]
    for d in (top, bottom):
        if abs(math.degrees(math.atan2(d[1], d[0]))) > 2.5:
            return False
    return bool(q[:, 0].min() > -0.02 * w.width and q[:, 0].max() < 1.02 * w.width
                and q[:, 1].max() < 1.02 * w.height)


def _number_polygon(tf: Frame | Warp, tflat: np.ndarray, page_poly: np.ndarray,
                    text_h: float | None = None, across: bool = False) -> np.ndarray:
    """Page polygon blacking out a found number: the printed run it belongs to (see
    :func:`snap_to_ink`) in the document's text crop, padded; numbers are printed a few
    millimetres from anything kept, so the pad is generous. ``across``: an MRZ line the MRZ
    search missed, covered across the whole document (glare or blur may hide its ends from the
    ink) with the lines next to it (OCR may have read none of them)."""
    import cv2

    pts = tf.from_page(page_poly)
    box = (pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max())
    quad = snap_to_ink(tflat, box, text_h)
    (cx, cy), (w, h), a = cv2.minAreaRect(quad.astype(np.float32))
    if h > w:
        w, h, a = h, w, a + 90.0
    th = min(h, box[3] - box[1]) if h > 0 else box[3] - box[1]
    pad = 0.35 * th + 4 * tf.z
    w, h = w + 3 * pad, h + 2 * pad
    if across:
        # along the line's own direction, as far as the view reaches on both sides, and
        # over the MRZ lines above and below it (ICAO 9303 keeps the MRZ's band free of
        # other print, and its lines about 1.7 character heights apart)
        h += 2 * 1.8 * th
        t = math.radians(a)
        ux = math.cos(t) if abs(math.cos(t)) > 0.5 else 1.0
        half = max(cx / abs(ux), (tflat.shape[1] - cx) / abs(ux))
        w = max(w, 2 * half)
    return tf.to_page(cv2.boxPoints(((cx, cy), (w, h), a)))


# Letters and digits in one token past which a line read on its own is an MRZ line (30, 36
# or 44 characters, no spaces) and no number: no field of the visual zone prints that many
# without a space
MRZ_RUN = 20
# ... and a print line this many times as long as high (an MRZ line of 30-44 characters; a
# name, a date or an address of the visual zone is at most half as long for its height)
MRZ_ASPECT = 24


def view_text_height(view_words: list[ocr.Word], words: list[ocr.Word], scale: float) -> float | None:
    """The print's height in a document's text view, where its number covers are drawn (see
    :func:`_number_polygon`): the median height of the words the view's own reading read
    with confidence; only when it read none, of ``words`` (another reading's, ``scale`` its
    pixels to the view's). A crop at another lean than the view boxes its words taller than
    their print, and a cover that tall takes the lines above and below with it."""
    hs = [float(w.h) for w in view_words if w.conf >= 60 and len(w.text) >= 3] or \
        [w.h * scale for w in words if w.conf >= 60 and len(w.text) >= 3]
    return float(np.median(hs)) if hs else None


def mrz_run(words: list[ocr.Word], box: tuple[int, int, int, int]) -> bool:
    """Did a line's own reading read, in a found number's box, a run of ``MRZ_RUN`` letters
    and digits: an MRZ line the MRZ search missed (its fillers read as letters,
    "LOTHLIEVSSULOOSOTSI1F291020")? Its cover then runs across the document and over the
    MRZ lines beside it, as an MRZ line read by the first readings does (see
    ``_number_polygon``): the line finder may have found none of them."""
    return any(box[0] <= w.x + w.w / 2 <= box[2] and box[1] <= w.y + w.h / 2 <= box[3]
               and len(alnum(w.text)) >= MRZ_RUN for w in words)


def _line_category(res: PageResult, cat: str, hit: MrzHit | None, words: list[ocr.Word],
                   box: tuple[int, int, int, int]) -> str:
    """The category of a number a print line's own reading found: "mrz" for an MRZ line
    (``mrz_run``, or a line as long for its height as one, ``MRZ_ASPECT``: its reading
    garbled into pieces), which is no number of the side (a long run of it must not pass for
    the document number) and, on a side whose MRZ the MRZ search missed, is flagged as such."""
    if not mrz_run(words, box) and box[2] - box[0] < MRZ_ASPECT * max(1, box[3] - box[1]):
        return cat
    if hit is None:
        res.review.append("mrz_unreadable")
    return "mrz"


_LineHit = tuple[str, tuple[int, int, int, int], str, float]


def _add_line_hits(res: PageResult, found: list[_LineHit], hits: list[_LineHit], hit: MrzHit | None,
                   reread: list[ocr.Word], tf: Frame | Warp, tflat: np.ndarray) -> None:
    """The numbers print lines read on their own found (``reread_lines``' hits), each with its
    category (``_line_category``) into ``found`` and its cover into the findings."""
    for cat, box, ev, conf in hits:
        cat = _line_category(res, cat, hit, reread, box)
        found.append((cat, box, ev, conf))
        poly = _number_polygon(tf, tflat, tf.rect_to_page(*box), box[3] - box[1], across=cat == "mrz")
        res.findings.append(Finding(cat, poly, f"line-{ev}", conf / 100.0))


def _refine_angle(lines: list[TextLine], frame: Frame, window: float = 12.0) -> float:
    """Median angle of text-line blobs inside a frame, near the frame's own angle."""
    angs = []
    for ln in lines:
        if not frame.contains_page_point(ln.cx, ln.cy):
            continue
        for cand in (ln.angle, ln.angle + 180):
            if angle_diff(cand, frame.angle) < window:
                angs.append((norm_angle(cand - frame.angle), ln.length))
    if len(angs) < 2:
        return frame.angle
    a = np.array(angs)
    order = np.argsort(a[:, 0])
    cum = np.cumsum(a[order, 1])
    med = a[order[np.searchsorted(cum, cum[-1] / 2)], 0]
    return norm_angle(frame.angle + med)


def _crop_skew(crop: np.ndarray) -> float:
    """Residual skew (degrees) of the text lines in an almost upright crop."""
    import cv2

    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    scale = 800.0 / max(g.shape[:2])
    if scale < 1:
        g = cv2.resize(g, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (11, 11)))
    _t, bw = cv2.threshold(bh, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    bw = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
    contours, _h = cv2.findContours(bw, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
    angs, weights = [], []
    for c in contours:
        (_cx, _cy), (w, h), a = cv2.minAreaRect(c)
        if w < h:
            w, h = h, w
            a += 90
        if w < 40 or h < 3 or w / h < 4:
            continue
        a = (a + 90) % 180 - 90
        if abs(a) > 30:
            continue
        angs.append(a)
        weights.append(w)
    if len(angs) < 3:
        return 0.0
    order = np.argsort(angs)
    cum = np.cumsum(np.array(weights)[order])
    return float(np.array(angs)[order][np.searchsorted(cum, cum[-1] / 2)])


# Long side of a document crop searched for its portrait (a card's crop is some 1150 px
# across, a passport page's 1500: a portrait face is some 55 px high or more at this scale,
# a ghost portrait's 20; the detector finds the portrait, and the ghost portrait is found as
# its copy. At 640 px instead of 900 the search costs half: the same scores on dev/ and on a
# harsh tuning set).
CROP_FACE_LONG_SIDE = 640


def crop_face_search(fr: Frame, kind: str, mains: list[Face]) -> bool:
    """Whether a document's upright crop is searched for faces once more. Not where the
    page search found a portrait inside the document (the crop would find the same face
    again; a ghost portrait is found as a copy of the portrait, and by its own search when
    the copy is not found), and not on the side of an unread MRZ (whose faces are the page
    search's to find): a document found by its MRZ or outline alone is, since the page search
    may miss a small, pale or tilted portrait that its upright crop shows."""
    if kind == "back":
        return False
    return not any(fr.contains_page_point(f.cx, f.cy) for f in mains)


_side_pool: ThreadPoolExecutor | None = None
_side_lock = threading.Lock()


def _beside(stage: str, fn: Callable[[np.ndarray], T], img: np.ndarray) -> Future[T]:
    """``fn(img)`` on a worker thread (charged to ``stage``), while this thread reads the MRZ:
    OpenCV releases the interpreter lock, and the MRZ reading leaves a core free while the
    face detector's helper has finished its page."""
    global _side_pool
    with _side_lock:
        if _side_pool is None:
            _side_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="outlines")

    def run() -> T:
        with timing.stage(stage):
            return fn(img)

    return _side_pool.submit(run)


def _outlines(img: np.ndarray) -> tuple[list[Card], list[np.ndarray]]:
    seen = outlines(img)   # (one set of masks and contours for both searches)
    return find_cards(img, seen=seen), find_quads(img, seen=seen)


def analyse_page(img: np.ndarray, cancel=None, progress=None) -> PageResult:
    import cv2

    res = PageResult()
    if face_backend() is None:
        res.review.append("face_detector_missing")
    with timing.stage("mrz"):
        all_lines = line_candidates(img)
        lines = square_lines(all_lines)
    # the detector runs beside the MRZ reading, at the turns the text lines leave possible;
    # of the two ways up along a text direction, the second waits for the MRZ reading
    first, later = page_turn_plan([(ln.angle, ln.length) for ln in lines])

    def settle(found: list[Face]) -> tuple[int, ...] | None:
        # the faces found surely at the first turns may tell which way up every document
        # along the text lies: then the second way up is not waited for
        needed = _turns_needed(lines, [], found, img.shape)
        return needed if not any(k in needed for k in later) else None

    pending_faces = PageSearch(img, first, later, settle=settle)
    # the document outlines and the codes need the page alone: found beside the MRZ reading
    pending_outlines = _beside("cards", _outlines, img)
    pending_codes = _beside("codes", find_codes, img)
    mrz_hits: list[MrzHit] = []
    try:
        with timing.stage("mrz"):
            mrz_hits = find_mrz(img, cancel, all_lines)
    finally:
        pending_faces.need(_turns_needed(lines, mrz_hits, pending_faces.first_faces(), img.shape)
                           if later else later)
    timing.switch("analyse")
    res.page_faces = pending_faces.result()
    # a document lying at a slant (a card turned 150 degrees on a photo): its portrait is
    # searched once more with the page turned along its text, where the search at right
    # angles found no face along it
    for d in slanted_directions([(ln.angle, ln.length) for ln in lines], [f for f in res.page_faces if f.conf >= 0.6]):
        res.page_faces += [f for f in detect_faces_slanted(img, d) if not any(
            math.hypot(f.cx - g.cx, f.cy - g.cy) < 0.6 * max(f.size, g.size) for g in res.page_faces)]
    faces = [f for f in res.page_faces if f.conf >= 0.6]
    if cancel and cancel():
        return res
    frames: list[tuple[Frame, str, MrzHit | None]] = []
    unread: list[MrzHit] = []
    mrz_spans: list[tuple[int, int, MrzHit]] = []   # (the findings of each band's covers)
    failed: dict[int, list[str]] = {}   # review codes of each MRZ read with checks failing
    for hit in mrz_hits:
        fr = hit.frame
        bx0, by0, bx1, by1 = hit.cover or hit.box
        pad = 0.6 * ((by1 - by0) / max(2, len(hit.result.lines) if hit.result else 3)) + 4
        poly = fr.rect_to_page(bx0 - pad, by0 - pad, bx1 + pad, by1 + pad)
        conf = hit.conf / 100.0
        start = len(res.findings)
        res.findings.append(Finding("mrz", poly, "mrz", conf))
        for ink in hit.ink:
            # the band's print beyond its box (glare hid it, a steep angle bends it away)
            res.findings.append(Finding("mrz", ink, "mrz-ink", conf))
        mrz_spans.append((start, len(res.findings), hit))
        if hit.unread:
            # a block that only looks like an MRZ: blacked out and flagged, but it does not
            # say which way up the document is (its side is read both ways, below)
            res.review.append("mrz_unreadable")
            unread.append(hit)
            continue
        df = _doc_frame_from_mrz(hit, img.shape)
        frames.append((df, "mrz", hit))
        valid = bool(hit.result and hit.result.valid)
        res.documents.append(DocumentHit("mrz", hit.fmt, valid, fr.angle, df.polygon()))
        if hit.result is None:
            res.review.append("mrz_unreadable")
            if hit.conf < LOW_CONF:
                res.review.append("low_ocr_confidence")
        elif not valid:
            # (flagged below unless the side's visual zone confirms the numbers it names)
            failed[id(hit)] = ["mrz_check_digits_failed"] + (["low_ocr_confidence"] if hit.conf < LOW_CONF else [])
    # portraits: the biggest face of each cluster is the portrait, smaller nearby ones ghosts
    faces.sort(key=lambda f: -f.size)
    mains: list[Face] = []
    ghosts: list[Face] = []
    for f in faces:
        near = [m for m in mains if math.hypot(f.cx - m.cx, f.cy - m.cy) < 5 * m.size
                and f.size < 0.75 * m.size]
        if near:
            ghosts.append(f)
        else:
            mains.append(f)
    frame_face: dict[int, Face] = {}
    timing.switch("cards")
    # document outlines as quadrilaterals: their perspective-rectified views are what the
    # numbers are read on; an ID-1 outline no card search found is a card too
    cards, quads = pending_outlines.result()
    quad_cards = [qc for qc in map(_card_of_quad, quads) if qc is not None]
    cards = merge_outlines(cards, quad_cards)
    spare_neighbours(img, res.findings, mrz_spans, cards)
    for f in mains:
        inside = [fr for fr, kind, _h in frames if fr.contains_page_point(f.cx, f.cy)]
        if not inside:
            fr = _doc_frame_from_face(f)
            fr.angle = _refine_angle(lines, fr, 12.0 if f.precise else 44.0)
            fr.angle = _card_angle(fr.angle, f, cards)
            frames.append((fr, "portrait", None))
            frame_face[id(fr)] = f
            res.documents.append(DocumentHit("portrait", None, None, fr.angle, fr.polygon()))
    # cards with neither a face nor an MRZ found on them (a card front whose portrait the
    # detector missed, or no detector): read them too, and cover their portrait zones
    passports = [fr for fr, _k, h in frames if h is not None and h.fmt == "TD3"]
    for card in cards:
        if any(math.hypot(*(fr.to_page([[fr.size[0] / 2, fr.size[1] / 2]])[0] - (card.cx, card.cy)))
               < (fr.x1 - fr.x0) for fr in passports):
            continue   # the facing page of an open passport, not an ID-1 card
        if any(card.contains(*fr.to_page([[fr.size[0] / 2, fr.size[1] / 2]])[0])
               or fr.contains_page_point(card.cx, card.cy) for fr, _k, _h in frames):
            continue
        if any(card.contains(f.cx, f.cy) for f in faces):
            continue
        if not _printed(img, card):
            continue   # a patch of desk or lid light and shade: no print, no document
        fr = card.frame(flip=_portrait_side_flipped(img, card))
        frames.append((fr, "card", None))
        res.documents.append(DocumentHit("card", None, None, fr.angle, fr.polygon()))
    # the side of an MRZ that could not be read (a card back, mostly): deny by default, its
    # number-like and MRZ-like print goes whichever way up it lies (``alt``: the other way)
    alt: dict[int, Frame] = {}
    bands: dict[int, MrzHit] = {}
    for hit in unread:
        bx0, by0, bx1, by1 = hit.box
        mc = hit.frame.to_page([[(bx0 + bx1) / 2, (by0 + by1) / 2]])[0]
        if any(fr.contains_page_point(*mc) for fr, _k, _h in frames):
            continue
        alt[len(frames)] = _doc_frame_from_mrz(_turned_hit(hit), img.shape)
        bands[len(frames)] = hit
        frames.append((_doc_frame_from_mrz(hit, img.shape), "back", None))
    # read each document's visual zone
    timing.switch("text")
    crops = []
    for fr, kind, hit in frames:
        if kind == "portrait":
            skew = _crop_skew(fr.crop(img))
            if abs(skew) > 0.4:
                fr.angle = norm_angle(fr.angle + skew)
        crop = fr.crop(img)
        if hit is not None:
            # blank the MRZ (already covered) so OCR does not spend time on it
            mpoly = fr.from_page(hit.frame.rect_to_page(*hit.box))
            cv2.fillPoly(crop, [np.round(mpoly).astype(np.int32)], (255, 255, 255))
        crops.append(crop)
    # the same documents again for their numbers: a generous extent at the zoom that reads
    # best, background light evened out, read as sparse text (a second segmentation: the
    # first may merge a short number line into a picture or drop it)
    tframes: list[Frame | Warp] = []
    for i, (fr, kind, hit) in enumerate(frames):
        face = frame_face.get(id(fr))
        tframes.append(_rectified(fr, kind, hit, face, quads, bands.get(i)) or _text_frame(fr, kind, hit, face))
    tgray = []
    for i, (tf, (_fr, kind, hit)) in enumerate(zip(tframes, frames, strict=True)):
        tg = _text_view(img, tf, hit)
        if kind == "mrz" and isinstance(tf, Frame):
            # a document seen at an angle (perspective) has its print at a slant to its MRZ,
            # the more the farther from it: a view level with the MRZ shows the upper lines
            # tilted past what OCR and the line finder read; the view is turned to them
            skew = _crop_skew(tg)
            if abs(skew) >= VIEW_SKEW:
                tf = tframes[i] = Frame(tf.cx, tf.cy, norm_angle(tf.angle + skew), tf.x0, tf.x1, tf.y0, tf.y1, tf.z)
                tg = _text_view(img, tf, hit)
        tgray.append(flatten(tg))
    if cancel and cancel():
        return res
    gray = [_text_only(cv2.cvtColor(c, cv2.COLOR_BGR2GRAY)) for c in crops]
    # the portrait search in each document's crop, where the page search found no portrait
    # (see crop_face_search), runs beside the readings (the detector releases the
    # interpreter lock, as Tesseract does)
    crop_faces_jobs = [(c, detect_faces_async(c, min_conf=0.3, long_side=CROP_FACE_LONG_SIDE, rotations=(0,)))
                       for c, (fr, kind, _h) in zip(crops, frames, strict=True) if crop_face_search(fr, kind, mains)]
    # a card found by its outline alone (no portrait, no MRZ: a back whose MRZ was missed,
    # a front whose face was) may lie either way up: its view is read turned round as well,
    # and the reading with more confident text is kept
    unsure = [i for i, (tf, (_fr, kind, _h)) in enumerate(zip(tframes, frames, strict=True))
              if (kind == "card" and isinstance(tf, Warp)) or i in alt]
    alt_frames: list[Frame | Warp] = []
    for i in unsure:
        tf = tframes[i]
        alt_frames.append(_text_frame(alt[i], "back", None, None) if i in alt
                          else turned(tf) if isinstance(tf, Warp) else tf)
    alt_gray = [flatten(cv2.cvtColor(w.crop(img), cv2.COLOR_BGR2GRAY)) for w in alt_frames]
    # (of an MRZ whose checks fail, also the personal numbers its digit runs hold: see
    # ``printed_numbers``)
    all_mrz_numbers = list(dict.fromkeys(n for h in mrz_hits if h.result
                                         for n in h.result.numbers + printed_numbers(h.result)))
    # the first reading of every document, beside the sparse reading of the cards found by
    # their outline alone (which way up they lie is decided on it)
    n = len(gray)
    first = ocr.run_many([(g, 3, None) for g in gray] + [(tgray[i], 11, None) for i in unsure]
                         + [(g, 11, None) for g in alt_gray])
    ocr_results = first[:n]
    second: list[list[ocr.Word] | None] = [None] * n
    for k, i in enumerate(unsure):
        second[i] = first[n + k]
    # the second, sparse reading of the other documents where the first leaves doubt
    doubt = [i for i in range(n) if second[i] is None
             and first_reading_doubt(ocr_results[i], frames[i][2], all_mrz_numbers)]
    for i, ws in zip(doubt, ocr.run_many([(tgray[i], 11, None) for i in doubt]), strict=True):
        second[i] = ws
    text_results = [ws if ws is not None else [] for ws in second]
    for i, w, g, ws in zip(unsure, alt_frames, alt_gray, first[n + len(unsure):], strict=True):
        if legibility(ws) > legibility(text_results[i]):
            tframes[i], tgray[i], text_results[i] = w, g, ws
        fr, kind, hit = frames[i]
        if math.cos(math.radians(tframes[i].angle - fr.angle)) < 0:
            # the card's crop was upside down: what OCR made of it is no text (and no
            # number may be taken from it); the portrait search gets the card the right way
            # up, and the words of the rectified reading as the text it must not cover
            fr = alt[i] if i in alt else \
                Frame(fr.cx, fr.cy, norm_angle(fr.angle + 180.0), fr.x0, fr.x1, fr.y0, fr.y1, fr.z)
            frames[i] = (fr, kind, hit)
            crops[i] = fr.crop(img)
            ocr_results[i] = [_moved(w, tframes[i], fr) for w in text_results[i]]
    if not mrz_hits and any(re.search(r"PAS+PO+RT|PASSPORT|PASSEPORT", " ".join(w.text for w in ws).upper())
                            for ws in ocr_results + text_results):
        res.review.append("no_mrz_found")
    bands = [h.frame.rect_to_page(*(h.cover or h.box)) for h in mrz_hits]
    for (fr, kind, hit), crop, words, tf, twords, tflat in zip(frames, crops, ocr_results, tframes,
                                                               text_results, tgray, strict=True):
        # the faces on this side (of the page search, and of its crop's: see crop_face_search)
        frame_faces = [f for f in mains + ghosts if fr.contains_page_point(f.cx, f.cy)]
        pending = next((job for c, job in crop_faces_jobs if c is crop), None)
        crop_faces = pending.result() if pending is not None else []   # (see crop_face_search)
        if crop_faces:
            for cf in crop_faces:
                p = fr.to_page([[cf.cx, cf.cy]])[0]
                if not any(math.hypot(p[0] - f.cx, p[1] - f.cy) < 0.6 * f.size for f in frame_faces):
                    if cf.conf >= 0.5 or any(f.size > 1.5 * cf.size / fr.z for f in frame_faces):
                        frame_faces.append(Face(p[0], p[1], cf.size / fr.z, fr.angle, cf.conf))
        timing.switch("numbers")
        found = []
        n_before = len(res.findings)
        local_mrz: list[str] = []
        for frame, ws in ((fr, words), (tf, twords)):
            text_h = view_text_height(twords, ws, tf.z / frame.z)
            nums_found = find_numbers(ws, all_mrz_numbers)
            mrz_rows = [b for c, b, _e, _f in nums_found if c == "mrz"]
            if hit is None and mrz_rows:
                # an MRZ the MRZ search missed: the numbers its lines read as are searched
                # for in the visual zone too (where a document prints them again)
                own = [n for n in numbers_in_mrz_rows(ws, mrz_rows) if n not in local_mrz]
                if own:
                    local_mrz += own
                    nums_found = find_numbers(ws, all_mrz_numbers + local_mrz)
                    mrz_rows = [b for c, b, _e, _f in nums_found if c == "mrz"]
            for cat, box, ev, conf in nums_found:
                if _in_band(frame.rect_to_page(*box), bands):
                    # read off an MRZ band (one no reading could parse: its text was not
                    # blanked): MRZ print, which vouches for no number the side prints
                    found.append(("mrz", box, "band", conf))
                else:
                    found.append((cat, box, ev, conf))
                # a line of an MRZ the MRZ search missed, or a number line next to one (its
                # other lines, read as numbers), is covered across the document
                bh = box[3] - box[1]
                across = cat == "mrz" or (ev == "deny" and any(
                    abs((box[1] + box[3]) / 2 - (m[1] + m[3]) / 2) < 2.6 * max(bh, m[3] - m[1])
                    and box[2] - box[0] > 4 * bh for m in mrz_rows))
                poly = _number_polygon(tf, tflat, frame.rect_to_page(*box), text_h, across=across) \
                    if ev != "label-position" else frame.rect_to_page(*box)
                res.findings.append(Finding(cat, poly, ev, conf / 100.0))
        if hit is None and any(c == "mrz" for c, *_r in found):
            # MRZ lines the MRZ search missed: blacked out as read, and a person must look
            res.review.append("mrz_unreadable")
        missing = numbers_not_read([words, twords], printed_numbers(hit.result)) if hit is not None else []
        still_missing: list[str] = []
        if missing:
            # the MRZ says this side prints a number that neither reading found: read the
            # view once more, as a page; what is still not found is luck if covered, so a
            # person must look
            words3, more = reread_named(tflat, missing)
            hs = [w.h for w in words3 if w.conf >= 60 and len(w.text) >= 3]
            for cat, box, ev, conf in more:
                found.append((cat, box, ev, conf))
                poly = _number_polygon(tf, tflat, tf.rect_to_page(*box), float(np.median(hs)) if hs else None)
                res.findings.append(Finding(cat, poly, ev, conf / 100.0))
            still_missing = numbers_not_read([words, twords, words3], missing)
            if still_missing:
                res.review.append("mrz_number_not_found")
        if hit is not None and id(hit) in failed and mrz_confirmed(hit, still_missing):
            del failed[id(hit)]
        back = card_back(kind, hit, frame_faces)
        reread: list[ocr.Word] | None = None

        side_doubt = numbers_doubt(kind, hit, found, still_missing, back)
        side = None
        if side_doubt or not back:
            # (the side's print height and lines, for the checks of its lines below: found once)
            timing.switch("lines")
            side = _side_print(fr, words, tf, twords, tflat)
        if side_doubt:
            timing.switch("lines")
            # the readings leave a number of this side unaccounted for: every print line
            # neither reading vouches for is read once more on its own, sharpened, and what
            # is number-like there goes too
            lines = _unexplained(fr, words, tf, twords, tflat, _covers(res.findings, n_before, tf), side=side)
            reread, hits = reread_lines(tflat, lines, all_mrz_numbers + local_mrz, not _number_vouched(found),
                                        context=_sure_words(fr, words, tf, twords), deny_unread=back)
            _add_line_hits(res, found, hits, hit, reread, tf, tflat)
        if not back:
            # a side may print more numbers than one (a Spanish card's DNI and support
            # number, a Polish card's number and PESEL): one found vouches for no other. A
            # line with a number's ink (capitals and digits, in one or two runs) that no
            # reading read is read on its own (unless it was); what is still unread there
            # a person must look at
            timing.switch("lines")
            left = _number_lines_left(fr, words, tf, twords, tflat, _covers(res.findings, n_before, tf), reread or [],
                                      side)
            if left and reread is None:
                reread, hits = reread_lines(tflat, left, all_mrz_numbers + local_mrz,
                                            context=_sure_words(fr, words, tf, twords))
                _add_line_hits(res, found, hits, hit, reread, tf, tflat)
                left = _number_lines_left(fr, words, tf, twords, tflat, _covers(res.findings, n_before, tf), reread,
                                          side)
            if left:
                res.review.append("number_unverified")
        if any(ev in ("label", "label-position") for _c, _b, ev, _cf in found):
            res.review.append("number_unverified")
        # portraits inside this frame
        timing.switch("portraits")
        barriers = [(w.x, w.y, w.x + w.w, w.y + w.h) for w in words if _is_text(w)]
        # the second reading (sparse text, another zoom) finds words the first missed
        for w in twords:
            if _is_text(w):
                q = fr.from_page(tf.rect_to_page(w.x, w.y, w.x + w.w, w.y + w.h))
                barriers.append((int(q[:, 0].min()), int(q[:, 1].min()),
                                 int(math.ceil(q[:, 0].max())), int(math.ceil(q[:, 1].max()))))
        if kind == "back":
            continue   # the side of an unread MRZ: its portrait, if any, is the faces' to find
        n_portraits = len(res.findings)
        # (print no reading explains is spared by a ghost portrait's layout zone only while
        # the side's numbers are accounted for: else it may be the number no reading found)
        _portraits(img, res, fr, crop, frame_faces, barriers, hit, kind, cards,
                   warp=tf if isinstance(tf, Warp) else None, numbers_known=not side_doubt or _number_vouched(found))
        main = max(frame_faces, key=lambda f: f.size) if frame_faces else None
        if kind in ("mrz", "portrait") and main is not None and not _number_vouched(found):
            # a passport data page whose number no reading found: ICAO 9303 prints it at the
            # right end of the first data row, beside the portrait's top
            bands_here = _td3_bands(fr, hit, mrz_hits)
            if bands_here:
                texts = [(w.text, w.conf, fr.rect_to_page(w.x, w.y, w.x + w.w, w.y + w.h)) for w in words] + \
                    [(w.text, w.conf, tf.rect_to_page(w.x, w.y, w.x + w.w, w.y + w.h)) for w in twords]
                taken = [f.polygon for f in res.findings[n_before:n_portraits]
                         if f.category in ("number", "document_number")]
                zone = td3_number_zone(bands_here, main, texts, taken)
                if zone is not None:
                    res.findings.append(Finding("document_number", zone, "layout", 0.0))
                    res.review.append("number_from_layout")
        front = kind == "portrait" or (kind == "card" and hit is None and bool(frame_faces))
        if front and not _front_number(found):
            # a front prints its document number (a card outline holding a face and no MRZ is
            # a front too, its print maybe at a turn no reading got right): neither one by
            # validator nor a long number-like run (deny by default took it) was found
            res.review.append("no_document_number_on_front")
        if kind in ("portrait", "card") and not frame_faces:
            res.review.append("no_portrait_on_front")
    for codes in failed.values():
        res.review += codes
    # a passport page's number printed again along its edge, turned a quarter (perforated or
    # printed upright beside the data: British, French, Irish pages)
    timing.switch("numbers")
    for hit in mrz_hits:
        if hit.fmt == "TD3" and hit.result is not None:
            res.findings += edge_numbers(img, hit, all_mrz_numbers)
    # barcodes / QR codes
    timing.switch("codes")
    res.findings.extend(pending_codes.result())
    res.frames = tframes
    res.mrz_numbers = all_mrz_numbers
    # (for the self-check: every document outline with print, read or not)
    res.outlines = [k for k in cards + [q for q in quad_cards if q not in cards] if _printed(img, k)]
    timing.switch("identity")
    res.identities = _identities(mrz_hits, ocr_results)
    if not mrz_hits and not mains and not frames:
        res.review.append("no_document_found")
    res.review = list(dict.fromkeys(res.review))
    return res



# The strip of a passport data page where a number printed upright along its edge stands, in
# shares of the MRZ's length from its box: from a little inside the MRZ's right end to the
# page's edge, from the first data row down to the MRZ
EDGE_STRIP = (-0.03, 0.13, -0.80, -0.02)
# ... read at these many pixels across the MRZ's length (capitals of some 30 px: such a
# number is printed larger than the fields on some pages, as large on others)
EDGE_TARGETS = (1150.0, 1900.0)


def edge_numbers(img: np.ndarray, hit: MrzHit, mrz_numbers: list[str]) -> list[Finding]:
    """Numbers printed turned a quarter along a passport data page's right edge (ICAO 9303
    lets states print the document number again there, upright or perforated): the strip
    (``EDGE_STRIP``) is read turned both ways; what reads as a number the MRZ names, passes a
    validator, or as a run of six letters and digits or more, is blacked out (deny by default;
    the page's fields run across, so a turned reading of them is no such run)."""
    import cv2

    fr = hit.frame
    bx0, by0, bx1, _by1 = hit.box
    w = bx1 - bx0
    if w <= 0:
        return []
    u0, u1, v0, v1 = EDGE_STRIP
    strip = fr.rect_to_page(bx1 + u0 * w, by0 + v0 * w, bx1 + u1 * w, by0 + v1 * w)
    c = strip.mean(axis=0)
    length, width = (v1 - v0) * w / fr.z, (u1 - u0) * w / fr.z
    views = [Frame(float(c[0]), float(c[1]), norm_angle(fr.angle + t), -length / 2, length / 2, -width / 2,
                   width / 2, min(TEXT_MAX_ZOOM, target / max(1.0, w / fr.z)))
             for t in (-90.0, 90.0) for target in EDGE_TARGETS]
    grays = [flatten(cv2.cvtColor(v.crop(img), cv2.COLOR_BGR2GRAY)) for v in views]
    out: list[Finding] = []
    for v, g, words in zip(views, grays, ocr.run_many([(g, 11, None) for g in grays]), strict=True):
        for cat, box, ev, conf in find_numbers(words, mrz_numbers):
            if ev == "deny" and len(alnum(" ".join(ww.text for ww in words
                                                   if box[0] <= ww.x + ww.w / 2 <= box[2]
                                                   and box[1] <= ww.y + ww.h / 2 <= box[3]))) < 6:
                continue
            if ev not in ("validator", "mrz-number", "deny"):
                continue
            poly = _number_polygon(v, g, v.rect_to_page(*box))
            # (within the strip: the fields beside it stay)
            q = v.from_page(poly)
            q[:, 1] = np.clip(q[:, 1], 0, g.shape[0])
            out.append(Finding(cat, v.to_page(q), f"edge-{ev}", conf / 100.0))
    return out


def _td3_bands(fr: Frame, hit: MrzHit | None, mrz_hits: list[MrzHit]) -> list[np.ndarray]:
    """The page polygons (top-left, top-right, bottom-right, bottom-left along its lines) the
    MRZ of a passport data page read in ``fr`` may have: its own when it is a TD3 one, else
    the band of two lines (as high as a tenth of its length, a card's three lines a fifth)
    of an MRZ no reading could parse that lies in the frame or near it, by its box and by
    its box with the print beyond it (glare may hide part of a band from its box, and the
    print beside it may join its ink)."""
    if hit is not None:
        return [hit.frame.rect_to_page(*hit.box)] if hit.fmt == "TD3" else []
    for h in mrz_hits:
        if h.result is not None and h.fmt != "TD3":
            continue
        bx0, by0, bx1, by1 = h.box
        if h.result is None and not (by1 - by0) < 0.14 * (bx1 - bx0):
            continue
        q = h.frame.rect_to_page(bx0, by0, bx1, by1)
        # (a frame placed by its portrait may end above the MRZ: the band is the page's
        # when it lies within its own length of the frame's centre)
        c = fr.to_page([[fr.size[0] / 2, fr.size[1] / 2]])[0]
        if not (fr.contains_page_point(*q.mean(axis=0))
                or float(np.hypot(*(q.mean(axis=0) - c))) < float(np.hypot(*(q[1] - q[0])))):
            continue
        out = [q]
        for ink in h.ink:
            xs = h.frame.from_page(ink)[:, 0]
            bx0, bx1 = min(bx0, float(xs.min())), max(bx1, float(xs.max()))
        if h.ink:
            out.append(h.frame.rect_to_page(bx0, by0, bx1, by1))
        return out
    return []


# The passport number's zone on a data page (ICAO 9303 TD3: type, issuing state and number on
# the first data row, the number at its right end), from the portrait's face: along the MRZ's
# lines and across them, in shares of the MRZ's length from the face's centre (the numbers of
# Dutch and Belgian pages photographed at an angle lie at 0.47-0.75 along, 0.08-0.23 above)
TD3_NUMBER_ALONG = (0.46, 0.78)
TD3_NUMBER_ACROSS = (-0.24, -0.07)
# a passport portrait's face (the detector's size) is 0.13-0.23 of the MRZ's length (typical 0.17)
FACE_TO_MRZ = (0.11, 0.25, 0.17)


def td3_number_zone(bands: list[np.ndarray], face: Face, texts: list[tuple[str, float, np.ndarray]],
                    taken: list[np.ndarray]) -> np.ndarray | None:
    """Where a passport data page prints its number (page polygon), from its MRZ band
    (``bands``: the polygons it may have, top-left, top-right, bottom-right, bottom-left
    along the lines, either way up; the one whose length agrees best with the face's size)
    and its portrait's face; None when a number-like run was already taken there
    (``taken``: page polygons) or the face is not where a passport's portrait is. The zone
    is cut back from the left to after any word read there with confidence that is no number
    (``texts``: text, confidence, page polygon): a long surname on the row below."""
    best: tuple[float, np.ndarray, np.ndarray, np.ndarray, float] | None = None
    c = np.array([face.cx, face.cy])
    for band in bands:
        q = np.asarray(band, np.float64)
        tl, tr = q[0], q[1]
        wm = float(np.hypot(*(tr - tl)))
        if wm < 20:
            continue
        u = (tr - tl) / wm
        v = np.array([-u[1], u[0]])
        if float((c - tl) @ v) > 0:
            # the band was found upside down (a block no reading parsed): the portrait is
            # above the MRZ and on its left
            tl, u, v = q[2], -u, -v
        fu, fv = float((c - tl) @ u) / wm, float((c - tl) @ v) / wm
        if not (-0.1 <= fu <= 0.35 and -0.6 <= fv <= -0.15 and FACE_TO_MRZ[0] <= face.size / wm <= FACE_TO_MRZ[1]):
            continue   # not a passport page's portrait over this MRZ
        off = abs(math.log(face.size / wm / FACE_TO_MRZ[2]))
        if best is None or off < best[0]:
            best = (off, tl, u, v, wm)
    if best is None:
        return None
    _off, tl, u, v, wm = best

    def span(poly: np.ndarray) -> tuple[float, float, float, float]:
        r = np.asarray(poly, np.float64) - c
        uu, vv = r @ u / wm, r @ v / wm
        return float(uu.min()), float(uu.max()), float(vv.min()), float(vv.max())

    a0, a1 = TD3_NUMBER_ALONG
    b0, b1 = TD3_NUMBER_ACROSS
    for poly in taken:
        u0, u1, v0, v1 = span(poly)
        if a0 < (u0 + u1) / 2 < a1 and b0 < (v0 + v1) / 2 < b1:
            return None   # a number-like run read there: the number, taken already
    for text, conf, poly in texts:
        t = re.sub(r"[^A-Za-z]", "", text)
        if conf < 60 or len(t) < 3 or number_like(text, conf):
            continue
        u0, u1, v0, v1 = span(poly)
        if u1 > a0 and u0 < a1 and v1 > b0 and v0 < b1 and (u0 + u1) / 2 < a0 + 0.1:
            a0 = max(a0, u1 + 0.01)
    if a1 - a0 < 0.15:
        return None
    return np.array([c + wm * (x * u + y * v) for x, y in ((a0, b0), (a1, b0), (a1, b1), (a0, b1))])


def _in_band(poly: np.ndarray, bands: list[np.ndarray]) -> bool:
    """Does a found number's polygon (page pixels) lie in one of the MRZ bands (page
    polygons), by its centre?"""
    import cv2

    c = np.asarray(poly, np.float64).mean(axis=0)
    return any(cv2.pointPolygonTest(np.asarray(b, np.float32), (float(c[0]), float(c[1])), False) >= 0
               for b in bands)


def _front_number(found: list[tuple[str, tuple[int, int, int, int], str, float]]) -> bool:
    """A document number by its validator, or a long number-like run deny by default took."""
    return any(c == "document_number" or (c == "number" and b[2] - b[0] > 4.5 * (b[3] - b[1]))
               for c, b, _e, _f in found)


def _number_vouched(found: list[tuple[str, tuple[int, int, int, int], str, float]]) -> bool:
    """Did a reading find the side's document number with a validator or the MRZ vouching for it?"""
    return any(c == "document_number" and ev in ("validator", "mrz-number") for c, _b, ev, _f in found)


def card_back(kind: str, hit: MrzHit | None, faces: list[Face]) -> bool:
    """Is a document side the back of an ID-1 card: the side of an MRZ no reading could parse
    (``back``), or of a TD1 MRZ with no face on it? ICAO 9303 prints a card's MRZ on its
    back, its portrait and the fields that stay legible (names, dates of birth and expiry,
    nationality) on its front: nothing on a back needs to stay legible, and what it prints
    besides its MRZ (a national number, a fiscal code, an address) is in no MRZ of most
    countries, so no MRZ vouches for its numbers. Not a side with a face on it: the side of
    an unread MRZ beside a portrait is a passport's data page (or a TD2 card's front), whose
    names and dates stay legible."""
    return (kind == "back" or (hit is not None and hit.fmt == "TD1")) and not faces


def numbers_doubt(kind: str, hit: MrzHit | None, found: list[tuple[str, tuple[int, int, int, int], str, float]],
                  still_missing: list[str], back: bool = False) -> str:
    """Why both readings of a document side leave one of its numbers unaccounted for ("" when
    they do not): then its print lines are read once more, one by one.

    - the side's MRZ names a number it prints that no reading found (``still_missing``);
    - a side whose MRZ failed its checks: the numbers this side prints (a passport's
      document and personal number, a card back's national number) are unknown;
    - a side whose MRZ the MRZ search missed (the readings found MRZ-like lines) or could
      not read (``back``): its numbers are unknown;
    - a card back (``back``: see :func:`card_back`): the numbers it prints are unknown;
    - a card front or a document found by its portrait with no document number found that
      a validator or an MRZ vouches for;
    - a label of a number with no number read under it."""
    if still_missing:
        return "mrz-number-not-found"
    if hit is not None and (hit.result is None or not hit.result.valid):
        # (a card back's MRZ too: a reading whose checks fail cannot say which printed
        # national number or card number to search for)
        return "mrz-invalid"
    if kind == "back" or (hit is None and any(c == "mrz" for c, *_r in found)):
        return "mrz-unread"
    if back:
        # a card back whose MRZ reads: the national number most countries print there is
        # in no MRZ (an Italian fiscal code, a Luxembourg national number)
        return "card-back"
    if kind in ("portrait", "card") and not _number_vouched(found):
        # (a long number-like run deny by default took may be any number: the document
        # number may be the one no reading found)
        return "no-document-number"
    if any(ev in ("label", "label-position") for _c, _b, ev, _f in found):
        return "label"
    return ""


def _covers(findings: list[Finding], n_before: int, tf: Frame | Warp) -> list[np.ndarray]:
    """A side's covers so far (the findings from ``n_before`` on), and every MRZ band's (its
    lines are blacked out whole), in its text view's pixels."""
    return [tf.from_page(f.polygon) for f in findings[n_before:]] + \
        [tf.from_page(f.polygon) for f in findings[:n_before] if f.category == "mrz"]


def _sure_words(fr: Frame, words: list[ocr.Word], tf: Frame | Warp, twords: list[ocr.Word]) -> list[ocr.Word]:
    """The words of both readings of a document, in its text view's pixels."""
    return [*twords, *(_moved(w, fr, tf) for w in words)]   # type: ignore[arg-type]


def _side_print(fr: Frame, words: list[ocr.Word], tf: Frame | Warp, twords: list[ocr.Word],
                tflat: np.ndarray) -> tuple[float, list[tuple[int, int, int, int]]]:
    """A document side's print height (:func:`_print_height`) and the print lines of its text
    view at that height (``viznumbers.print_lines``): found once a side, for every check of
    its lines (:func:`_unexplained`, :func:`_number_lines_left`)."""
    text_h = _print_height(fr, words, tf, twords, tflat)
    return text_h, print_lines(tflat, text_h)


def _unexplained(fr: Frame, words: list[ocr.Word], tf: Frame | Warp, twords: list[ocr.Word], tflat: np.ndarray,
                 covered: list[np.ndarray], more: list[ocr.Word] | None = None,
                 side: tuple[float, list[tuple[int, int, int, int]]] | None = None) -> list[tuple[int, int, int, int]]:
    """The print lines of a document's text view that no reading vouches for
    (``viznumbers.unexplained_lines``; ``more``: words of a further reading; ``side``: the
    side's :func:`_side_print`, when found already)."""
    _text_h, lines = side if side is not None else _side_print(fr, words, tf, twords, tflat)
    return unexplained_lines(lines, _sure_words(fr, words, tf, twords) + (more or []), [], covered)


def _number_lines_left(fr: Frame, words: list[ocr.Word], tf: Frame | Warp, twords: list[ocr.Word],
                       tflat: np.ndarray, covered: list[np.ndarray], more: list[ocr.Word],
                       side: tuple[float, list[tuple[int, int, int, int]]] | None = None
                       ) -> list[tuple[int, int, int, int]]:
    """The print lines no reading vouches for and no cover covers that have a number's ink
    (``viznumbers.number_ink``), as tall as the values (a label in small capitals is no
    number), under no label of a field that stays, on which a reading read digits that are
    no date: what the readings saw of a number and could not make a number of (a label or
    a heading OCR read with little confidence has the ink of capitals too, but no digit).
    ``side``: the side's :func:`_side_print`, when found already."""
    text_h, plines = side if side is not None else _side_print(fr, words, tf, twords, tflat)
    sure = _sure_words(fr, words, tf, twords) + more
    lines = unexplained_lines(plines, sure, [], covered)
    out = []
    for b in lines:
        h = b[3] - b[1]
        inside = [w for w in sure if b[0] <= w.x + w.w / 2 <= b[2] and b[1] - 0.3 * h <= w.y + w.h / 2 <= b[3] + 0.3 * h]
        dates = set().union(*(date_words(ln) for ln in ocr.lines_of(inside))) if inside else set()
        if not any(id(w) not in dates and not names_a_month(w.text) and any(ch.isdigit() for ch in w.text)
                   for w in inside):
            continue
        if glyph_height(tflat, b) >= 0.75 * text_h and number_ink(tflat, b) and not kept_label_above(sure, b):
            out.append(b)
    return out


def _print_height(fr: Frame, words: list[ocr.Word], tf: Frame | Warp, twords: list[ocr.Word],
                  tflat: np.ndarray) -> float:
    # the print's height: of the words read with confidence, else of the ink (a few words
    # read on a blurred page may be anything: a picture's edge, two lines in one box)
    hs = [w.h for w in twords if w.conf >= 60 and len(w.text) >= 3]
    hs1 = [w.h * tf.z / fr.z for w in words if w.conf >= 60 and len(w.text) >= 3]
    if len(hs) < 5 and len(hs1) >= 5:
        hs = hs1
    # (a low quantile, not the median: on a blurred view the sparse reading boxes two lines,
    # or a line and a picture's edge, as one word of twice the height, and a height that
    # large makes the line finder pass over every line of print; labels in small print
    # pull it down only to where the values are still within the finder's range)
    return float(np.percentile(hs, 30)) if len(hs) >= 5 else ink_text_height(tflat) or 24.0 * tf.z


# Capitals lower than this (pixels of the first reading's crop) are read a second time, larger.
SMALL_TEXT = 12.0


def first_reading_doubt(words: list[ocr.Word], hit: MrzHit | None, mrz_numbers: list[str]) -> str:
    """Why the first reading of a document leaves doubt about its numbers ("" when it does
    not): then the document is read a second time, sparse and at the zoom text reads best.

    No doubt only when the first reading is sound (enough confident text, of a good height)
    and it vouches for the document's numbers: on a side with an MRZ, the MRZ is valid and
    every number it says this side prints was read; on a side without one, a number read
    passes its validator. A label with no number read under it, or a digit-bearing token of
    the text's height read with low confidence or too short for any number (part of one)
    is doubt too. (Deny by default still covers every number-like token either reading finds,
    and the self-check reads the redacted page the way the second reading would.)"""
    found = find_numbers(words, mrz_numbers)
    if any(ev in ("label", "label-position") for _c, _b, ev, _f in found):
        return "label"
    if hit is None:
        if not any(ev == "validator" for _c, _b, ev, _f in found):
            return "no-validated-number"
    elif hit.result is None or not hit.result.valid:
        return "mrz-invalid"
    elif numbers_not_read([words], printed_numbers(hit.result)):
        return "mrz-number-not-read"
    text = [w for w in words if w.conf >= 60 and len(w.text) >= 3]
    if len(text) < 6:
        return "little-text"
    h = float(np.median([w.h for w in text]))
    if h < SMALL_TEXT:
        return "small-text"
    for line in ocr.lines_of(words):
        dates = date_words(line)
        for w in line:
            if id(w) in dates or not 0.6 * h <= w.h <= 1.6 * h:
                continue
            digits = sum(c.isdigit() for c in w.text)
            if digits >= 2 and (w.conf < 50 or (digits < 4 and not number_like(w.text, w.conf)
                                                 and not _YEAR.match(w.text))):
                return "unsure-token"
    return ""


def _card_angle(angle: float, face: Face, cards: list[Card]) -> float:
    """The document's axes from the outline of the card (or passport page) a face is on,
    when there is one near the angle the face and the text lines gave: a head may be
    tilted in its photo, and text lines at an angle mislead, but a card's outline is the
    document's own. The long side runs across (ICAO layouts are landscape)."""
    for card in cards:
        if not card.contains(face.cx, face.cy) or not 2.5 * face.size < card.height < 7.0 * face.size:
            continue
        for a in (card.angle, card.angle + 180.0):
            if angle_diff(a, angle) < 30.0:
                return norm_angle(a)
    return angle


def _is_text(w: ocr.Word) -> bool:
    """A word OCR read with some confidence: a text line that may be a kept field."""
    return w.conf >= 60 and (len(re.sub(r"[^A-Za-z]", "", w.text)) >= 3
                             or len(alnum(w.text)) >= 4)


def _portrait_frame(fr: Frame, main: Face | None) -> Frame:
    """A view for the portraits: the document frame, widened around the main face so that a
    loose portrait (the photo edge up to four face heights from the face) and a card's ghost
    portrait are inside, at a scale where the portrait is sharp enough for its edges."""
    if main is None:
        return fr
    c = fr.from_page([[main.cx, main.cy]])[0] / fr.z + np.array([fr.x0, fr.y0])
    s = main.size
    x0, x1 = min(fr.x0, c[0] - 4.5 * s), max(fr.x1, c[0] + 11.0 * s)
    y0, y1 = min(fr.y0, c[1] - 4.5 * s), max(fr.y1, c[1] + 6.5 * s)
    z = min(fr.z, 1800.0 / max(x1 - x0, y1 - y0), 1.6)
    if (x0, x1, y0, y1) == (fr.x0, fr.x1, fr.y0, fr.y1):
        return fr
    return Frame(fr.cx, fr.cy, fr.angle, x0, x1, y0, y1, z)


def _portrait_side_flipped(img: np.ndarray, card: Card) -> bool:
    """Whether a card (long side across) is upside down: ICAO 9303 puts a card front's
    portrait in the left part, and a photo has far more coarse light and shade than text;
    the side with more of it, seen blurred, holds the portrait."""
    import cv2

    fr = card.frame(target=300.0)
    g = cv2.cvtColor(fr.crop(img), cv2.COLOR_BGR2GRAY).astype(np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 0.04 * g.shape[0])
    h, w = g.shape
    left = g[int(0.2 * h):int(0.8 * h), int(0.06 * w):int(0.34 * w)]
    right = g[int(0.2 * h):int(0.8 * h), int(0.66 * w):int(0.94 * w)][::-1, ::-1]
    return float(right.std()) > float(left.std())


def _card_bounds(pfr: Frame, face: Face, cards: list[Card] | None) -> tuple[float, float, float, float] | None:
    """The extent (crop coordinates of ``pfr``, a little margin) of the card outline a
    portrait's face is on, when the outline fits a card for a face of that size (an ID-1
    card is some 3-6 face heights high); None otherwise."""
    for card in cards or []:
        if card.contains(face.cx, face.cy) and 2.5 * face.size < card.height < 7.0 * face.size:
            return zone_rect(pfr, card, (-0.02, -0.03, 1.02, 1.03))
    return None


def _layout_cover(res: PageResult, pfr: Frame, pcrop: np.ndarray, rect: tuple[float, float, float, float],
                  pbar: list[tuple[int, int, int, int]], category: str, numbers_known: bool = True) -> None:
    """Black out a layout zone, less the text in it and beside it (``portraits.layout_cover``)."""
    for poly in layout_cover(pcrop, rect, pbar, category == "photo", numbers_known):
        if np.ptp(poly[:, 0]) > 4 and np.ptp(poly[:, 1]) > 4:
            res.findings.append(Finding(category, pfr.to_page(poly), "layout", 0.0))


def _local_zoom(view: Frame | Warp, f: Face) -> float:
    """View pixels per page pixel at a face, across its height (a rectified view's zoom
    changes across it with the perspective)."""
    if isinstance(view, Frame):
        return view.z
    a = math.radians(view.angle)
    up = np.array([-math.sin(a), math.cos(a)]) * 0.5 * f.size
    q = view.from_page([[f.cx - up[0], f.cy - up[1]], [f.cx + up[0], f.cy + up[1]]])
    return float(np.hypot(*(q[1] - q[0]))) / max(1.0, f.size)


def _warp_card(w: Warp, margin: tuple[float, float, float, float] = (0.0, 0.0, 1.0, 1.0)) -> tuple[float, float, float, float]:
    """A zone of the ID-1 card a rectified view shows (fractions of the card, as the layout
    zones), in the view's pixels (``rectify.warp_for``: the card with a margin of 0.03 of
    its width on every side)."""
    cw = w.width / 1.06
    m = 0.03 * cw
    ch = w.height - 2 * m
    u0, v0, u1, v1 = margin
    return m + u0 * cw, m + v0 * ch, m + u1 * cw, m + v1 * ch


# Degrees by which the lines around the portrait (the photo's sides, the card's edges, rules)
# may still lie off the axes of a perspective-rectified card view for the portraits to be
# placed in it (a good view leaves under a degree or two; a wrong outline three and more)
WARP_TRUST_DEG = 2.5


def warp_lean(crop: np.ndarray, fx: float, fy: float, s: float) -> float:
    """Degrees by which the document's upright or level lines around a face at ``(fx, fy)``
    of height ``s`` lie off the axes of a rectified view (the larger of the two; 0 when
    neither is seen)."""
    found = [axis_residual(crop, fx, fy, s, vertical=v) for v in (True, False)]
    return max([abs(a) for a in found if a is not None], default=0.0)


def _ghost_face_cover(res: PageResult, pfr: Frame | Warp, pcrop: np.ndarray, f: Face,
                      pbar: list[tuple[int, int, int, int]],
                      bounds: tuple[float, float, float, float] | None) -> tuple[float, float, float, float]:
    """Black out a ghost portrait found by its face: a small copy of the portrait, so the
    same evidence places it (its sides where they are clear, else every ICAO photo around
    the face, within the document, less the text read beside it); the page is flagged when
    they do not agree. A faint copy's sides are easily taken from a line inside the picture
    or from the card's edge beside it: the cover holds the envelope around its face as well,
    so a side placed a few pixels in leaves no sliver of the copy. Returns the cover's box."""
    c = pfr.from_page([[f.cx, f.cy]])[0]
    cover = portrait_cover(pcrop, c[0], c[1], f.size * _local_zoom(pfr, f), pbar, bounds=bounds, reach=2.6,
                           holes=True, held_leaning=False)
    for poly in cover.polygons:
        res.findings.append(Finding("ghost_photo", pfr.to_page(poly), "face" if cover.vouched else "face-extent",
                                    f.conf))
    if not cover.vouched:
        res.review.append("portrait_extent_unsure")
    return cover.rect


def _portraits(img: np.ndarray, res: PageResult, fr: Frame, crop: np.ndarray, frame_faces: list[Face],
               barriers: list[tuple[int, int, int, int]], hit: MrzHit | None, kind: str = "mrz",
               cards: list[Card] | None = None, warp: Warp | None = None, numbers_known: bool = True) -> None:
    """Portrait and ghost portrait of one document: findings, and review codes for what the
    engine cannot vouch for (each with its region blacked out). ``warp``: the card's
    perspective-rectified view, when its outline was found: a card seen at an angle shows
    its photo sheared in any other upright view. ``numbers_known``: every number of the
    side is accounted for (else a ghost's layout zone spares no print no reading explains)."""
    main = max(frame_faces, key=lambda f: f.size) if frame_faces else None
    pfr: Frame | Warp = _portrait_frame(fr, main)
    card_box = None
    wcrop = None
    if warp is not None and main is not None and (hit is None or hit.fmt == "TD1") \
            and warp.contains_page_point(main.cx, main.cy):
        wcrop = warp.crop(img)
        c = warp.from_page([[main.cx, main.cy]])[0]
        if warp_lean(wcrop, c[0], c[1], main.size * _local_zoom(warp, main)) >= WARP_TRUST_DEG:
            # the outline the view was made from is not the card's (a corner on a shadow or
            # on the desk): everything in the view is sheared, the ghost portrait too, and no
            # upright box in it is upright on the card; the portrait's own frame is turned to
            # the lines around it instead
            wcrop = None
    if wcrop is not None and warp is not None:
        pfr = warp
        pcrop = wcrop
        card_box = _warp_card(warp, (-0.02, -0.03, 1.02, 1.03))
    else:
        pcrop = crop if pfr is fr else pfr.crop(img)
    if main is not None and isinstance(pfr, Frame):
        # the portrait's own sides and the card's edges say how the document lies better
        # than a head's tilt (a phone photo at an angle, a face not quite upright)
        c = pfr.from_page([[main.cx, main.cy]])[0]
        delta = axis_residual(pcrop, c[0], c[1], main.size * _local_zoom(pfr, main))
        if delta is not None and abs(delta) >= 1.5:
            pfr = Frame(pfr.cx, pfr.cy, norm_angle(pfr.angle + delta), pfr.x0, pfr.x1, pfr.y0, pfr.y1, pfr.z)
            pcrop = pfr.crop(img)

    def to_p(r) -> np.ndarray:
        return pfr.from_page(fr.rect_to_page(*r))

    pbar = []
    for b in barriers:
        q = to_p(b)
        pbar.append((int(q[:, 0].min()), int(q[:, 1].min()), int(q[:, 0].max()), int(q[:, 1].max())))
    td3 = None
    if hit is not None and hit.fmt == "TD3":
        mq = pfr.from_page(hit.frame.rect_to_page(*hit.box))
        mx0, my0, mx1 = mq[:, 0].min(), mq[:, 1].min(), mq[:, 0].max()
        td3 = (mx0, my0, mx1, mx1 - mx0)
    if main is None:
        if td3 is not None:
            # a passport data page always has its portrait left of the data, above the MRZ
            # (ICAO 9303 zone V): black out where the layout puts it, and ask for a check
            _layout_cover(res, pfr, pcrop, td3_portrait_box(pfr.from_page(hit.frame.rect_to_page(*hit.box))),
                          pbar, "photo")
            mx0, my0, mx1, wm = td3
            _layout_cover(res, pfr, pcrop, (mx0 + 0.6 * wm, my0 - 0.80 * wm, mx1 + 0.08 * wm, my0), pbar, "ghost_photo",
                          numbers_known)
            res.review.append("portrait_from_layout")
        elif kind == "card":
            # a card with no face found and no MRZ: a front's portrait and ghost portrait
            # are where ICAO layouts put them (the frame is turned so the portrait is left)
            c = Card(fr.cx, fr.cy, fr.angle, (fr.x1 - fr.x0) / 1.08, (fr.y1 - fr.y0) / 1.08)
            _layout_cover(res, pfr, pcrop, zone_rect(pfr, c, TD1_PORTRAIT), pbar, "photo")
            _layout_cover(res, pfr, pcrop, zone_rect(pfr, c, TD1_GHOST), pbar, "ghost_photo", numbers_known)
            res.review.append("portrait_from_layout")
        return
    placed: list[tuple[float, float, float, float]] = []
    c = pfr.from_page([[main.cx, main.cy]])[0]
    limits = ghost_zone = None
    if td3 is not None:
        # ICAO 9303 TD3 data page: the portrait left of the data and above the MRZ, the
        # data (names, dates) from about a third of the MRZ's width on; a ghost portrait
        # in the right part of the page
        mx0, my0, mx1, wm = td3
        limits = (mx0 - 0.10 * wm, my0 - 0.80 * wm, mx0 + 0.34 * wm, my0)
        ghost_zone = (mx0 + 0.6 * wm, my0 - 0.80 * wm, mx1 + 0.10 * wm, my0)
    doc_bounds = card_box if card_box is not None else _card_bounds(pfr, main, cards)
    bounds = limits if limits is not None else doc_bounds
    cover = portrait_cover(pcrop, c[0], c[1], main.size * _local_zoom(pfr, main), pbar, bounds=bounds)
    main_rect = cover.photo
    placed.append(cover.rect)
    for poly in cover.polygons:
        res.findings.append(Finding("photo", pfr.to_page(poly), "face" if cover.vouched else "face-extent",
                                    main.conf))
    if not cover.vouched:
        res.review.append("portrait_extent_unsure")
    # the ghost portrait: a smaller copy of the portrait (best evidence), else a face the
    # detector found there
    if ghost_zone is None:
        # ICAO layouts put a card's ghost portrait right of the data, which takes the
        # next portrait width or more right of the portrait
        pw = main_rect[2] - main_rect[0]
        ghost_zone = (main_rect[2] + 0.9 * pw, 0.0, float(pcrop.shape[1]), float(pcrop.shape[0]))
    gm = ghost_by_template(pcrop, main_rect, pbar, zone=ghost_zone)
    has_ghost = gm is not None
    recheck = False
    passed: list[tuple[float, float, float, float]] = []
    if gm is not None:
        # (a rival match nearly as good is covered too: which is the ghost is not known,
        # unless the detector found a small face in one of the two and none in the other)
        matches = [gm.rect] + ([gm.rival] if gm.rival is not None else [])
        small = [pfr.from_page([[f.cx, f.cy]])[0] for f in frame_faces if f is not main and f.size < 0.75 * main.size]
        held = [r for r in matches if any(r[0] <= q[0] <= r[2] and r[1] <= q[1] <= r[3] for q in small)]
        if len(held) == 1:
            # (the other is no copy: no search need find it again)
            passed = [r for r in matches if r not in held]
            matches = held
        for gx0, gy0, gx1, gy1 in matches:
            # the copy's extent is as sure as the portrait's own
            pad = 3.0 + ((0.15 if cover.sides else 0.25) + abs(cover.lean)) * (gy1 - gy0)
            gw, gh = gx1 - gx0, gy1 - gy0
            # a card seen at an angle shows its ghost portrait sheared like everything on it
            gq = np.array([[gx0 - pad, gy0 - pad], [gx1 + pad, gy0 - pad], [gx1 + pad, gy1 + pad],
                           [gx0 - pad, gy1 + pad]])
            gq[:, 0] += cover.lean * (gq[:, 1] - (gy0 + gy1) / 2)
            gm_mask = notched_cover(pcrop.shape[:2], gq,
                                    pbar, (gx0 + 0.25 * gw, gy0 + 0.25 * gh, gx1 - 0.25 * gw, gy1 - 0.25 * gh),
                                    2.0 + 0.02 * gh)
            placed.append((gx0 - pad, gy0 - pad, gx1 + pad, gy1 + pad))
            for poly in mask_polygons(gm_mask):
                res.findings.append(Finding("ghost_photo", pfr.to_page(poly), "portrait-copy", gm.score))
            if ghost_off_view(pcrop.shape[:2], (gx0, gy0, gx1, gy1)):
                res.review.append("ghost_portrait_unsure")
        if gm.score < GHOST_SURE or gm.rival is not None or not cover.vouched or abs(cover.lean) > GHOST_LEAN:
            # a fair but not a clear match, or one whose extent is approximate (the copy is
            # matched upright, a card seen at an angle shows it sheared): blacked out, and a
            # second look by the detector. Where only which match is the copy is in doubt
            # (its extent sure), the covers are looked at again below
            if not cover.vouched or abs(cover.lean) > GHOST_LEAN:
                res.review.append("ghost_portrait_unsure")
            else:
                recheck = True
            # (the copy and a face the detector found in it agree: that is the ghost, and
            # no zone of the layout need go as well)
            has_ghost = len(held) == 1
    for f in sorted(frame_faces, key=lambda f: -f.size):
        if f is main:
            continue
        c = pfr.from_page([[f.cx, f.cy]])[0]
        if any(p[0] <= c[0] <= p[2] and p[1] <= c[1] <= p[3] for p in placed):
            continue   # inside a box already placed (a second look at the same photo)
        is_ghost = f.size < 0.75 * main.size
        has_ghost = has_ghost or is_ghost
        if not is_ghost:
            other = portrait_cover(pcrop, c[0], c[1], f.size * _local_zoom(pfr, f), pbar,
                                   bounds=card_box if card_box is not None else _card_bounds(pfr, f, cards))
            placed.append(other.rect)
            for poly in other.polygons:
                res.findings.append(Finding("photo", pfr.to_page(poly),
                                            "face" if other.vouched else "face-extent", f.conf))
            if not other.vouched:
                res.review.append("portrait_extent_unsure")
            continue
        placed.append(_ghost_face_cover(res, pfr, pcrop, f, pbar, doc_bounds))
    if not has_ghost:
        fmain = Face(main.cx, main.cy, main.size, fr.angle, main.conf)
        ghost = _ghost_search(crop, fr, fmain, barriers)
        if ghost is not None:
            _ghost_face_cover(res, pfr, pcrop, ghost, pbar, doc_bounds)
        elif gm is None or gm.score < GHOST_SURE or gm.rival is not None:
            # modern cards and passports carry a second, faint portrait: black out where the
            # layout puts it (cut back from text OCR read) and ask for a check; so too when
            # the copy of the portrait matched only fairly, or in two places, and the
            # detector found no face: the match may be a patch of print, the ghost elsewhere
            if td3 is not None:
                mx0, my0, mx1, wm = td3
                gz = (mx0 + 0.6 * wm, my0 - 0.80 * wm, mx1 + 0.08 * wm, my0)
            elif isinstance(pfr, Warp):
                gz = _warp_card(pfr, TD1_GHOST)
                gz = (max(gz[0], main_rect[2]), gz[1], gz[2], gz[3])
            else:
                card = next((k for k in cards or [] if k.contains(main.cx, main.cy)), None)
                if card is None or not (1.2 * (main_rect[3] - main_rect[1]) / pfr.z < card.height
                                        < 3.0 * (main_rect[3] - main_rect[1]) / pfr.z):
                    card = card_from_portrait(pfr, main_rect)
                else:
                    # the card's long side across, the portrait on the left
                    a = card.angle if math.cos(math.radians(card.angle - pfr.angle)) > 0 else card.angle + 180
                    card = Card(card.cx, card.cy, a, card.width, card.height)
                gz = zone_rect(pfr, card, TD1_GHOST)
                gz = (max(gz[0], main_rect[2]), gz[1], gz[2], gz[3])
            _layout_cover(res, pfr, pcrop, gz, pbar, "ghost_photo", numbers_known)
            if gm is None:
                res.review.append("no_ghost_portrait")
            else:
                recheck = True
    if recheck and not ghost_gone(res.findings, pfr, pcrop, main_rect, pbar, ghost_zone, passed):
        res.review.append("ghost_portrait_unsure")


def ghost_off_view(shape: tuple[int, ...], rect: tuple[float, float, float, float]) -> bool:
    """Whether a ghost portrait matched at ``rect`` runs past the edge of the view it was
    found in (``shape``): its cover is cut at the view's edge, and what lies beyond is left
    whole (a card outline with a corner cut short by glare or a shadow makes a view that
    ends inside the card; nothing else looks there, the page's face search sees no face in
    what is left of the copy beside its cover)."""
    h, w = shape[:2]
    return not rect_inside(rect, (0, 0, w, h))


# A copy of the portrait matching this well or better in the ghost portrait's zone once what is
# blacked out is blank paper: what the covers left of the copy (or the copy, missed)
GHOST_LEFT = 0.45


def ghost_gone(findings: list[Finding], pfr: Frame | Warp, pcrop: np.ndarray,
               main_rect: tuple[float, float, float, float], pbar: list[tuple[int, int, int, int]],
               zone: tuple[float, float, float, float],
               passed: list[tuple[float, float, float, float]] | None = None) -> bool:
    """Whether nothing like the portrait is left in the ghost portrait's zone of a view
    (``pcrop`` of ``pfr``) once the findings are blacked out: the same search that placed
    the copy (``ghost_by_template``), run again over what the covers leave visible. A match
    the search placed only fairly, or beside a rival, is vouched for when every place it
    could be is covered; a copy partly left beside its cover, or one missed, still matches.
    ``passed``: matches the detector showed to be no copy (a rival without the face the
    other holds), left visible and not searched again."""
    import cv2

    m = np.zeros(pcrop.shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(m, [np.round(pfr.from_page(f.polygon)).astype(np.int32)], 1)
    return ghost_by_template(pcrop, main_rect, pbar, exclude=passed, zone=zone, covered=m > 0,
                             min_score=GHOST_LEFT) is None


def _identities(mrz_hits, ocr_results) -> list:
    """Identity fields (core.identity) from what was read anyway; a failure here never stops
    the redaction, and nothing read is logged."""
    from studio_dsar.core import identity

    out = []
    for hit in mrz_hits:
        try:
            f = identity.from_mrz(hit.result) if hit.result is not None else None
        except Exception:  # noqa: BLE001
            f = None
        if f is not None:
            out.append(f)
    for words in ocr_results:
        try:
            f = identity.from_visual_zone(words)
        except Exception:  # noqa: BLE001
            f = None
        if f is not None:
            out.append(f)
    return out


def redact_page(img: np.ndarray, cancel=None, check: bool = True) -> tuple[np.ndarray, np.ndarray, PageResult]:
    """Analyse, black out, then check the redacted page and black out what the check can
    still read (flagging the page). Returns ``(redacted, mask, analysis)``."""
    from . import selfcheck

    with timing.stage("analyse"):
        page = analyse_page(img, cancel=cancel)
        page.findings += selfcheck.bridges(page.findings)
    with timing.stage("burn"):
        red, mask = burn(img, page.findings)
    if not check or (cancel and cancel()):
        return red, mask, page
    with timing.stage("selfcheck"):
        extra = selfcheck.check_page(red, mask, page.frames, page.mrz_numbers, page_faces=page.page_faces,
                                     portraits=[f.polygon for f in page.findings
                                                if f.category in ("photo", "ghost_photo")],
                                     review=page.review, outlines=page.outlines)
    page.review[:] = list(dict.fromkeys(page.review))
    if extra:
        page.findings.extend(extra)
        page.findings += [b for b in selfcheck.bridges(page.findings)
                          if not any(f.evidence == "bridge" and np.allclose(f.polygon, b.polygon)
                                     for f in page.findings)]
        page.review.append("self_check_found")
        with timing.stage("burn"):
            red, mask = burn(img, page.findings)
    return red, mask, page


def burn(img: np.ndarray, findings: list[Finding]) -> tuple[np.ndarray, np.ndarray]:
    """Black out every finding; returns the image and the mask of blacked pixels."""
    import cv2

    mask = np.zeros(img.shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(mask, [np.round(f.polygon).astype(np.int32)], 255)
    out = cv2.bitwise_and(img, img, mask=cv2.bitwise_not(mask))
    return out, mask > 0
