"""Check the redacted page the way someone trying to recover the data would.

Each document area is cut from the *redacted* page, upright, at the scale the visual-zone
reading uses (about 1150 px across an ID-1 card, the scale Tesseract reads best), and read
again with sparse-text OCR; the page is searched again for faces. Whatever is still
number-like, MRZ-like or face-like is blacked out in a second pass, and the page is flagged
for a person to check (the region is reported with the evidence ``self-check``). A result is
never reported clean while its own check can read something it should not.
"""

from __future__ import annotations

import math
import re

import numpy as np

from . import numbers as nums
from . import ocr
from .faces import Face, detect_faces, detect_faces_async, suppress, turns_for
from .geometry import Frame, View
from .portraits import portrait_rect
from .results import Finding
from .viznumbers import _date_words, flatten, number_like

_MRZ_RUN = re.compile(r"[A-Z0-9<]{6,}")


def mrz_like(text: str) -> bool:
    """A token in the MRZ character set with fillers, or a long letter-and-digit run."""
    t = text.upper().replace(" ", "")
    m = _MRZ_RUN.search(t)
    if not m:
        return False
    run = m.group()
    return run.count("<") >= 2 or (len(run) >= 10 and sum(c.isdigit() for c in run) >= 3)


def readable_leftovers(words: list[ocr.Word], mrz_numbers: list[str]) -> list[ocr.Word]:
    """Words that still read as something that had to go."""
    targets = [nums.normalise(n) for n in mrz_numbers if len(nums.normalise(n)) >= 5]
    out = []
    for line in ocr.lines_of(words):
        protected = _date_words(line)
        for w in line:
            if id(w) in protected:
                continue
            norm = nums.normalise(w.text)
            if number_like(w.text, w.conf) or mrz_like(w.text) or \
                    any(len(norm) >= 5 and (norm in t or t in norm) for t in targets):
                out.append(w)
    return out


def check_text(red: np.ndarray, mask: np.ndarray, frames: list[View],
               mrz_numbers: list[str]) -> list[Finding]:
    """OCR each document area of the redacted page; a finding for each readable leftover."""
    crops = []
    for fr in frames:
        crops.append(blanked(fr, red, mask))
    results = ocr.run_many([(g, 11, None) for g in crops])
    out: list[Finding] = []
    for fr, words in zip(frames, results, strict=True):
        for w in readable_leftovers(words, mrz_numbers):
            cx, cy = fr.to_page([[w.x + w.w / 2, w.y + w.h / 2]])[0]
            if 0 <= int(cy) < mask.shape[0] and 0 <= int(cx) < mask.shape[1] and mask[int(cy), int(cx)]:
                continue   # OCR read something into a black box
            pad = 0.35 * w.h + 4
            poly = fr.rect_to_page(w.x - 1.5 * pad, w.y - pad, w.x + w.w + 1.5 * pad, w.y + w.h + pad)
            out.append(Finding("number", poly, "self-check", w.conf / 100.0))
    return out


def blanked(fr: View, red: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """A document area of the redacted page as the check reads it: grey, upright, with what
    is already blacked out painted white and the light evened out. A black box next to a
    line of print makes OCR's layout analysis take the line for part of a picture (a number
    right under a covered label went unread), while blank paper leaves the line alone."""
    import cv2

    g = cv2.cvtColor(fr.crop(red), cv2.COLOR_BGR2GRAY)
    m = fr.crop(mask.astype(np.uint8) * 255, border=0)
    # (the crop interpolates: a pixel half in a box is grey; its neighbours are black)
    g = np.where(m > 40, 255, g).astype(np.uint8)
    return flatten(g)


def check_page(red: np.ndarray, mask: np.ndarray, frames: list[View], mrz_numbers: list[str],
               page_faces: list[Face] | None = None) -> list[Finding]:
    """Both checks of a redacted page: the face search runs beside the text reading.

    The redacted page itself is searched at the turns at which its documents' portraits stand
    upright, as someone trying to recover a face would look at it; that is what lets the
    check vouch for the output rather than for the analysis. ``page_faces``, the faces
    (confidence 0.5 and up) the analysis's page search found on the original, are added:
    each one whose centre is not black is a leak too, also at a turn not searched here."""
    turns = turns_for([fr.angle for fr in frames])
    pending = detect_faces_async(red, min_conf=0.5, rotations=turns)
    found = check_text(red, mask, frames, mrz_numbers)
    seen = [f for f in page_faces or [] if f.conf >= 0.5]
    return found + _faces_left(red, mask, suppress(plausible_portraits(seen + pending.result(), frames)))


# A printed portrait's face is at most about half its document's short side (ICAO: the face is
# 50-80 % of a photo that is about 60 % of an ID-1 card's height, less on a passport page).
PORTRAIT_FACE_MAX_SHARE = 0.6
WEAK_FACE = 0.7


def plausible_portraits(faces: list[Face], frames: list[View]) -> list[Face]:
    """The faces (of the page search or the redacted page's) that could be a document's portrait.

    A card's print can look like a face to the detector: a weak "face" larger than any portrait
    the page's documents can hold (seen at confidence 0.52, with a face size of 0.9 of the
    card's short side) would black out the whole card, kept fields and all. Such a face is
    dropped; a confident one stays, as does every face when no document was found."""
    if not frames:
        return faces
    import cv2

    limit = PORTRAIT_FACE_MAX_SHARE * max(
        min(cv2.minAreaRect(np.asarray(fr.polygon(), np.float32))[1]) for fr in frames)
    return [f for f in faces if f.conf >= WEAK_FACE or f.size <= limit]


def check_faces(red: np.ndarray, mask: np.ndarray, frames: list[View] | None = None) -> list[Finding]:
    """Faces still visible on the redacted page; a portrait-sized box around each.

    A portrait stands upright on its document, so where the documents were found (``frames``)
    the page is searched only at the right-angle turns that make them upright (a page with
    one card: one detector run instead of four); with no document found, at all four."""
    turns = turns_for([fr.angle for fr in frames or []])
    return _faces_left(red, mask, detect_faces(red, min_conf=0.5, rotations=turns))


def _faces_left(red: np.ndarray, mask: np.ndarray, faces: list[Face]) -> list[Finding]:
    out: list[Finding] = []
    H, W = red.shape[:2]
    for f in faces:
        x, y = int(round(f.cx)), int(round(f.cy))
        if 0 <= x < W and 0 <= y < H and mask[y, x]:
            continue
        out.append(Finding("photo", _face_box(red, f), "self-check", f.conf))
    return out


def _face_box(img: np.ndarray, f: Face) -> np.ndarray:
    fr = Frame(f.cx, f.cy, f.angle, -2.0 * f.size, 2.0 * f.size, -2.0 * f.size, 2.5 * f.size, 1.0)
    crop = fr.crop(img)
    c = fr.from_page([[f.cx, f.cy]])[0]
    x0, y0, x1, y1 = portrait_rect(crop, c[0], c[1], f.size, [])
    return fr.rect_to_page(x0, y0, x1, y1)


def covered(mask: np.ndarray, poly: np.ndarray) -> float:
    """Share of a polygon that is already black."""
    import cv2

    m = np.zeros(mask.shape, np.uint8)
    cv2.fillPoly(m, [np.round(poly).astype(np.int32)], 1)
    n = int(m.sum())
    return float(mask[m > 0].mean()) if n else 1.0


def distance(a: Finding, b: Finding) -> float:
    ca, cb = a.polygon.mean(0), b.polygon.mean(0)
    return math.hypot(*(ca - cb))
