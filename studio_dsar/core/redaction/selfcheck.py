"""Check the redacted page the way someone trying to recover the data would.

Each document area is cut from the *redacted* page, upright, at the scale the visual-zone
reading uses (about 1150 px across an ID-1 card, the scale Tesseract reads best), and read
again with sparse-text OCR; so is the print outside every document area (long text lines the
analysis read no document for, at most two groups, each read both ways up: a second card or
a passport page it missed). The page is searched again for faces, and so is each document
area that holds a portrait, contrast raised (a ghost portrait is too small for the page
search). Whatever is still number-like, MRZ-like or face-like is blacked out in a second pass,
and the page is flagged for a person to check (the region is reported with the evidence
``self-check``). A result is never reported clean while its own check can read something it
should not.
"""

from __future__ import annotations

import dataclasses
import math
import re

import numpy as np

from . import numbers as nums
from . import ocr, quantile
from .faces import Face, detect_faces, detect_faces_async, suppress, turns_for
from .geometry import Frame, View, norm_angle
from .layout import Card
from .portraits import ENVELOPE, portrait_rect
from .results import Finding
from .viznumbers import date_words, flatten, names_a_month, number_like

_MRZ_RUN = re.compile(r"[A-Z0-9<]{6,}")
_YEAR = re.compile(r"[^A-Za-z0-9]*(?:19|20)\d{2}[^A-Za-z0-9]*")


def mrz_like(text: str) -> bool:
    """A token in the MRZ character set with fillers, or a long letter-and-digit run."""
    t = text.upper().replace(" ", "")
    m = _MRZ_RUN.search(t)
    if not m:
        return False
    run = m.group()
    return run.count("<") >= 2 or (len(run) >= 10 and sum(c.isdigit() for c in run) >= 3)


def garbled_number(text: str) -> bool:
    """A document number's shape read with a letter or two in lower case, whatever OCR's
    confidence: eight to ten letters and digits, two digits or more, its letters nearly all
    capitals ("OPUSSK3a2" of QPU55K342, a blurred line read on its own). No name, place or
    label is a run of capitals with digits in it; a name OCR garbled is in lower case."""
    t = nums.alnum(text)
    letters = [c for c in t if c.isalpha()]
    return 8 <= len(t) <= 10 and sum(c.isdigit() for c in t) >= 2 and len(letters) >= 3 and \
        sum(c.isupper() for c in letters) >= 0.75 * len(letters)


# The month and year that end a printed date in digits ("07.1976", "2.2028"), with what OCR
# made of a day a cover or glare cut short before them ("oea7.1976"): no identifying number
# has a four-digit year of this century or the last after a dot or a slash at its end
_DATE_TAIL = re.compile(r"^[^0-9]{0,3}[0-3]?\d[./](?:19|20)\d{2}[^A-Za-z0-9]*$")
# a day and month ("10.1", "10.12."): a date's start when a date's tail stands beside it
_DATE_HEAD = re.compile(r"^[^A-Za-z0-9]*[0-3]?\d[./][01]?\d[./]?$")


def date_pieces(words: list[ocr.Word]) -> set[int]:
    """Words of a reading that are what is left of a printed date split in two (OCR split
    it, or a cover cut it): its month and year (``_DATE_TAIL``), and its day and month
    (``_DATE_HEAD``) where such a tail stands right after it (within a print height and a
    half along, half a height across; OCR may put the two on lines of their own). A date
    stays legible: the check takes neither piece for a number's remains."""
    tails = [w for w in words if _DATE_TAIL.match(w.text.strip())]
    out = {id(w) for w in tails}
    for w in words:
        if not _DATE_HEAD.match(w.text.strip()):
            continue
        h = max(4, w.h)
        if any(0 <= t.x - (w.x + w.w) <= 1.5 * h and abs((t.y + t.h / 2) - (w.y + w.h / 2)) <= 0.5 * h
               for t in tails):
            out.add(id(w))
    return out


def readable_leftovers(words: list[ocr.Word], mrz_numbers: list[str]) -> list[ocr.Word]:
    """Words that still read as something that had to go (never a printed date's pieces:
    see :func:`date_pieces`)."""
    targets = [nums.normalise(n) for n in mrz_numbers if len(nums.normalise(n)) >= 5]
    out = []
    pieces = date_pieces(words)
    for line in ocr.lines_of(words):
        protected = date_words(line) | pieces
        run_words = {id(w) for run in digit_runs(line, protected) for w in run}
        for w in line:
            if id(w) in protected:
                continue
            norm = nums.normalise(w.text)
            if id(w) in run_words or number_like(w.text, w.conf) or mrz_like(w.text) or garbled_number(w.text) or \
                    any(len(norm) >= 5 and (norm in t or t in norm) for t in targets):
                out.append(w)
    return out


# Digits a run of small digit groups on one line must hold to read as a number (a national
# number printed in groups: "1 85 05 78 006 084 36", "12 34 56 789"); a postcode, a house
# number or a height holds fewer.
RUN_DIGITS = 6
# ... and the widest gap between two groups of one run, in print heights (a space, a dash)
RUN_GAP = 1.2


def _digit_group(text: str) -> bool:
    """A token of digits (one look-alike or check letter allowed: "84 36A")."""
    t = nums.alnum(text)
    d = sum(c.isdigit() for c in t)
    return d >= 1 and d >= len(t) - 1


def digit_runs(line: list[ocr.Word], protected: set[int]) -> list[list[ocr.Word]]:
    """Runs of digit groups side by side on one line that together hold a number
    (``RUN_DIGITS``): what someone reading the line sees as one number, though no group of
    it looks like a number on its own (a format no rule knows, printed in small groups).
    Never a printed date (``protected``)."""
    out: list[list[ocr.Word]] = []
    run: list[ocr.Word] = []

    def close() -> None:
        if len(run) >= 2 and sum(c.isdigit() for w in run for c in w.text) >= RUN_DIGITS:
            out.append(list(run))
        run.clear()

    for w in line:
        if id(w) in protected or not _digit_group(w.text):
            close()
            continue
        if run:
            prev = run[-1]
            h = max(4, min(prev.h, w.h))
            if w.x - (prev.x + prev.w) > RUN_GAP * h or not 0.5 * prev.h <= w.h <= 2.0 * prev.h:
                close()
        run.append(w)
    close()
    return out


def fragments_by_covers(words: list[ocr.Word], fr: View, mask: np.ndarray) -> list[ocr.Word]:
    """Short runs of digits that a cover continues along their line: what glare or blur left of
    a number whose rest OCR read and covered ("95" of an RRN "95.03.14-366.66" whose middle a
    glare spot washed out). Too short to look like a number on their own, they are a number's
    remains beside its cover: the cover runs on over them, within three print heights (as two
    pieces of one number are joined), never over a printed date: nor over what a cover left of
    one (a day before a month in letters cut short, "08 OKT/O"; a year alone; a date in digits
    read in two pieces, "10.1" and "2.2028": see :func:`date_pieces`).

    So is the capitals-and-digits end of a document number a cover cut short ("NVZJ5" of
    "NVZJ5CKG5"), but only where it touches the cover (within a character or so): capitals
    with a digit read beside a cover are no name."""
    h, w_ = mask.shape[:2]
    out = []
    pieces = date_pieces(words)
    for line in ocr.lines_of(words):
        if any(names_a_month(w.text) for w in line):
            continue
        protected = date_words(line) | pieces
        for w in line:
            if id(w) in protected or number_like(w.text, w.conf) or _YEAR.fullmatch(w.text):
                continue
            digits = sum(c.isdigit() for c in w.text)
            if digits >= 2 and digits >= 0.6 * sum(c.isalnum() for c in w.text):
                reach: tuple[float, ...] = (0.3, 0.8, 1.5, 2.2, 3.0)
            elif _cut_number(w):
                reach = (0.3, 0.8)
            else:
                continue
            cy = w.y + w.h / 2
            probes = [[w.x + w.w + k * w.h, cy] for k in reach] + [[w.x - k * w.h, cy] for k in reach]
            for px, py in fr.to_page(probes):
                if 0 <= int(py) < h and 0 <= int(px) < w_ and mask[int(py), int(px)]:
                    out.append(w)
                    break
    return out


def _cut_number(w: ocr.Word) -> bool:
    """Capitals and a digit, four or more, read with some confidence: a document number's
    remains (its shape: see ``number_like``)."""
    t = nums.alnum(w.text)
    return len(t) >= 4 and t.upper() == t and any(c.isdigit() for c in t) and \
        any(c.isalpha() for c in t) and w.conf >= 30


def check_text(red: np.ndarray, mask: np.ndarray, frames: list[View],
               mrz_numbers: list[str], rest: list[View] | None = None,
               review: list[str] | None = None, crops: PageCrops | None = None) -> list[Finding]:
    """OCR each document area of the redacted page; a finding for each readable leftover.
    ``rest``: views of print outside the documents, in pairs (upright, turned round) of which
    the more legible reading counts (the other is no text, and its garbage may look like
    anything). ``crops``: the page's views as cut before (:class:`PageCrops` of ``red`` and
    ``mask``), else cut here."""
    from .rectify import legibility

    rest = rest or []
    if crops is None:
        crops = PageCrops(red, mask)
    # of each pair of rest views, the one within 90 degrees of level is read first; the
    # other, the same pixels turned round, only when the first does not read as text beyond
    # doubt (confident text reads one way up only: turned round it is no text)
    pairs = [(i, i + 1) if abs(norm_angle(rest[i].angle)) <= 90.0 else (i + 1, i) for i in range(0, len(rest) - 1, 2)]
    flats = [blanked(fr, crops) for fr in frames]
    results = ocr.run_many([(g, 11, None) for g in flats] + [(blanked(rest[a], crops), 11, None) for a, _b in pairs])
    views, readings = list(frames), results[:len(frames)]
    # the print lines of a document the sparse reading read nothing sure on are read once
    # more, one by one (a second reader: the sparse reading misses what the analysis's
    # reading of the same view missed, a number whose cover went astray among them)
    # (the remains of a number beside a cover are looked for in the sparse reading only: a
    # line read on its own is blurred print, and two digits of it are as often a heading's)
    lone = [unread_lines_words(g, ws) for g, ws in zip(flats, readings, strict=True)]
    if review is not None and any(legibility(ws) < MIN_LEGIBLE for ws in readings):
        # a check that reads no text on a document vouches for nothing on it (a blurred,
        # small document: a number a person can read may be one OCR cannot)
        review.append("low_ocr_confidence")
    firsts = results[len(frames):]
    unsure = [i for i, ws in enumerate(firsts) if legibility(ws) < SURE_LEGIBLE]
    seconds = dict(zip(unsure, ocr.run_many([(blanked(rest[pairs[i][1]], crops), 11, None) for i in unsure]),
                       strict=True))
    for i, (a, b) in enumerate(pairs):
        k = a
        if i in seconds:
            # both ways up read: the more legible, the first of the pair on a tie
            got = {a: firsts[i], b: seconds[i]}
            lo, hi = min(a, b), max(a, b)
            k = lo if legibility(got[lo]) >= legibility(got[hi]) else hi
        views.append(rest[k])
        readings.append(firsts[i] if k == a else seconds[i])
    out: list[Finding] = []
    lone += [[] for _v in views[len(frames):]]
    for fr, words, more in zip(views, readings, lone, strict=True):
        for w in [*readable_leftovers(words + more, mrz_numbers), *fragments_by_covers(words, fr, mask)]:
            cx, cy = fr.to_page([[w.x + w.w / 2, w.y + w.h / 2]])[0]
            if 0 <= int(cy) < mask.shape[0] and 0 <= int(cx) < mask.shape[1] and mask[int(cy), int(cx)]:
                continue   # OCR read something into a black box
            pad = 0.35 * w.h + 4
            poly = fr.rect_to_page(w.x - 1.5 * pad, w.y - pad, w.x + w.w + 1.5 * pad, w.y + w.h + pad)
            out.append(Finding("number", poly, "self-check", w.conf / 100.0))
    return out


# At most this many print lines per document view are read again one by one by the check
MAX_UNREAD_LINES = 12


def unread_lines_words(flat: np.ndarray, words: list[ocr.Word]) -> list[ocr.Word]:
    """The words of the print lines of a document view (blacked out painted white, see
    :func:`blanked`) that its reading does not vouch for (``viznumbers.unexplained_lines``:
    under no word read with confidence), as tall as the values (a label in small print is
    no number), each read again on its own, sharpened (``viznumbers.reread_lines``), the
    longest ``MAX_UNREAD_LINES``; the view's pixels. What those readings read is checked like
    the rest: a line the sparse reading could not read at all is no line the check vouches
    for."""
    from .viznumbers import glyph_height, ink_text_height, print_lines, reread_lines, unexplained_lines

    hs = [w.h for w in words if w.conf >= 60 and len(w.text) >= 3]
    text_h = float(np.percentile(hs, 30)) if len(hs) >= 5 else ink_text_height(flat)
    if not text_h:
        return []
    lines = [b for b in unexplained_lines(print_lines(flat, text_h), words, [])
             if glyph_height(flat, b) >= 0.5 * text_h][:MAX_UNREAD_LINES]
    if not lines:
        return []
    got, _hits = reread_lines(flat, lines, [])
    out = []
    for w in got:
        # (a word boxed taller than its line took in the ink of the lines beside it, which
        # the line's image holds too: its cover keeps to the line's rows)
        cy = w.y + w.h / 2
        b = min(lines, key=lambda b: (not (b[0] <= w.x + w.w / 2 <= b[2]), abs((b[1] + b[3]) / 2 - cy)))
        y0, y1 = max(w.y, b[1]), min(w.y + w.h, b[3])
        out.append(w if y1 <= y0 else dataclasses.replace(w, y=y0, h=y1 - y0))
    return out


class PageCrops:
    """A redacted page's views as the check reads them, each cropped once: the view in grey
    and what of it is black (the text reading and the face search of a document view read the
    same crop; the page's mask is made 8-bit once, not once a view). :func:`check_page` makes
    one for the page it checks and hands it to the readings of its views."""

    def __init__(self, red: np.ndarray, mask: np.ndarray) -> None:
        self.red, self.mask = red, mask
        self._mask8: np.ndarray | None = None
        self._views: dict[int, tuple[View, np.ndarray, np.ndarray]] = {}

    def view(self, fr: View) -> tuple[np.ndarray, np.ndarray]:
        """(grey view, black pixels of the view): the caller must not change either."""
        import cv2

        got = self._views.get(id(fr))
        if got is not None and got[0] is fr:
            return got[1], got[2]
        if self._mask8 is None:
            self._mask8 = self.mask.astype(np.uint8) * 255
        g = cv2.cvtColor(fr.crop(self.red), cv2.COLOR_BGR2GRAY)
        # (the crop interpolates: a pixel half in a box is grey; its neighbours are black)
        m = fr.crop(self._mask8, border=0) > 40
        self._views[id(fr)] = (fr, g, m)
        return g, m


def blanked(fr: View, crops: PageCrops) -> np.ndarray:
    """A document area of the redacted page as the check reads it: grey, upright, with what
    is already blacked out painted white and the light evened out. A black box next to a
    line of print makes OCR's layout analysis take the line for part of a picture (a number
    right under a covered label went unread), while blank paper leaves the line alone.
    ``crops``: the redacted page's views (:class:`PageCrops`)."""
    g, m = crops.view(fr)
    g = np.where(m, 255, g).astype(np.uint8)
    return flatten(g)


def check_page(red: np.ndarray, mask: np.ndarray, frames: list[View], mrz_numbers: list[str],
               page_faces: list[Face] | None = None, portraits: list[np.ndarray] | None = None,
               review: list[str] | None = None, outlines: list[Card] | None = None) -> list[Finding]:
    """Both checks of a redacted page: the face search runs beside the text reading.

    The redacted page itself is searched at the turns at which its documents' portraits stand
    upright, as someone trying to recover a face would look at it; that is what lets the
    check vouch for the output rather than for the analysis. ``page_faces``, the faces
    (confidence 0.5 and up) the analysis's page search found on the original, are added:
    each one whose centre is not black is a leak too, also at a turn not searched here.

    ``outlines``: the document outlines with print the analysis saw (``layout.Card``). One it
    read no document for is read here both ways up, like the rest of the page, and the page
    is flagged: the check cannot vouch for a document no analysis placed its portrait on."""
    # (each view is cut once: its text reading and its face search read the same crop)
    crops = PageCrops(red, mask)
    rest = rest_of_page(red, mask, frames)
    unread = unchecked_outlines(outlines or [], frames)
    if unread and review is not None:
        review.append("document_not_checked")
    for card in unread[:MAX_REST]:
        rest += [card.frame(), card.frame(flip=True)]
    # (print the analysis read no document for may stand at another turn: faces too)
    turns = turns_for([fr.angle for fr in frames] + [fr.angle for fr in rest])
    pending = detect_faces_async(red, min_conf=0.5, rotations=turns)
    # (``portraits``: the analysis's portrait and ghost covers. Every document view is
    # searched, those holding a cover first: a view on which the
    # analysis placed no portrait is where a portrait it missed would be left whole; the
    # page search finds a portrait, not a ghost portrait)
    held = sorted(frames, key=lambda fr: portraits is not None
                  and not any(fr.contains_page_point(*p.mean(0)) for p in portraits))
    views = [(fr, *document_view(fr, crops)) for fr in held[:MAX_VIEWS]]
    in_views = [detect_faces_async(g, min_conf=VIEW_FACE_CONF, long_side=VIEW_LONG_SIDE, rotations=(0,))
                for _fr, g, _m in views]
    found = check_text(red, mask, frames, mrz_numbers, rest, review, crops)
    seen = [f for f in page_faces or [] if f.conf >= 0.5]
    found += _faces_left(red, mask, suppress(plausible_portraits(seen + pending.result(), frames)))
    for (fr, _g, m), job in zip(views, in_views, strict=True):
        found += faces_left_in_view(fr, m, job.result())
    return found


def unchecked_outlines(outlines: list[Card], frames: list[View]) -> list[Card]:
    """The document outlines no document view covers: neither does a view hold the
    outline's centre nor the outline a view's centre (an outline around documents, a patch
    of desk lit like paper, holds theirs)."""
    out = []
    for card in outlines:
        if any(fr.contains_page_point(card.cx, card.cy) for fr in frames):
            continue
        if any(card.contains(*fr.to_page([[fr.size[0] / 2, fr.size[1] / 2]])[0]) for fr in frames):
            continue
        out.append(card)
    return out


# Characters of confident text (words of 3 or more read with confidence 60 or more) the
# check must read on each document view for its reading to vouch for the view
MIN_LEGIBLE = 10
# ... and on a view of print outside the documents for it to be read the right way up beyond
# doubt (its reading turned round is then not needed)
SURE_LEGIBLE = 40

# At most this many groups of print lines outside every document read are checked (each read
# both ways up): a second card or a passport page the analysis missed.
MAX_REST = 2


def rest_of_page(red: np.ndarray, mask: np.ndarray, frames: list[View]) -> list[View]:
    """Views of the print the analysis read no document for: groups of long text lines (the
    MRZ search's line candidates) of the redacted page whose centre lies in no document view
    and is not black, each seen upright both ways (which way up it lies is unknown); the
    largest ``MAX_REST`` groups. Empty on a page whose print all lies in its documents."""
    from .mrzfind import group_lines, line_candidates

    H, W = mask.shape
    lines = []
    for ln in line_candidates(red, flat=False):   # (the square closings' lines: no MRZ search)
        x, y = int(round(ln.cx)), int(round(ln.cy))
        if not (0 <= x < W and 0 <= y < H) or mask[y, x]:
            continue
        if any(fr.contains_page_point(ln.cx, ln.cy) for fr in frames):
            continue
        lines.append(ln)
    if not lines:
        return []
    groups = sorted(group_lines(lines), key=lambda g: -sum(ln.length for ln in g))[:MAX_REST]
    out: list[View] = []
    for g in groups:
        main = max(g, key=lambda ln: ln.length)
        a = main.angle
        thick = float(np.median([ln.thick for ln in g]))
        pts = np.vstack([ln.pts for ln in g])
        fr0 = Frame(main.cx, main.cy, a, 0, 1, 0, 1, 1.0)
        q = fr0.from_page(pts)
        x0, y0 = q.min(0) - 2.5 * thick
        x1, y1 = q.max(0) + 2.5 * thick
        # capitals of some 30 px, the height Tesseract reads best
        z = float(np.clip(30.0 / max(1.0, thick), 0.5, 2.5))
        out.append(Frame(main.cx, main.cy, a, x0, x1, y0, y1, z))
        out.append(Frame(main.cx, main.cy, a + 180.0, -x1, -x0, -y1, -y0, z))   # turned round
    return out


# The documents' upright views are searched for faces once more, contrast raised: a ghost
# portrait (a small, faint copy of the portrait) is too small for the page search, and a
# cover the analysis placed beside it leaves it whole. At most this many views per page.
MAX_VIEWS = 4
VIEW_LONG_SIDE = 900
VIEW_FACE_CONF = 0.5


def document_view(fr: View, crops: PageCrops) -> tuple[np.ndarray, np.ndarray]:
    """A document's upright view of the redacted page as the face search reads it: what is
    blacked out painted the view's median grey (a black box beside a faint face would swamp
    the contrast), local contrast raised (a ghost portrait is printed pale); and the view's
    mask of what is black. ``crops``: the redacted page's views (:class:`PageCrops`)."""
    import cv2

    g, m = crops.view(fr)
    if m.all():
        return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), m
    g = np.where(m, quantile.median_u8(g, exclude=m), g).astype(np.uint8)
    g = cv2.createCLAHE(2.0, (8, 8)).apply(g)
    return cv2.cvtColor(g, cv2.COLOR_GRAY2BGR), m


def faces_left_in_view(fr: View, m: np.ndarray, faces: list[Face]) -> list[Finding]:
    """A finding for each face the view search found that is not blacked out (its centre
    visible and most of its box): a box of every ICAO photo around it (``ENVELOPE``)."""
    h, w = m.shape
    out: list[Finding] = []
    for f in faces:
        if f.size > PORTRAIT_FACE_MAX_SHARE * min(h, w):
            continue   # larger than any portrait the document can hold
        x, y = int(round(f.cx)), int(round(f.cy))
        if not (0 <= x < w and 0 <= y < h) or m[y, x]:
            continue
        half = 0.35 * f.size
        box = m[max(0, int(f.cy - half)):int(f.cy + half) + 1, max(0, int(f.cx - half)):int(f.cx + half) + 1]
        if box.size and box.mean() > 0.5:
            continue   # mostly black already: the search saw a face in a cover's outline
        out.append(Finding("photo", fr.to_page(envelope_hull(f.cx, f.cy, f.size)), "self-check", f.conf))
    return out


def envelope_hull(cx: float, cy: float, s: float, turns: tuple[float, ...] = (-30.0, 0.0, 30.0)) -> np.ndarray:
    """Every ICAO photo around a face of height ``s`` at ``(cx, cy)`` (``ENVELOPE``), also
    turned by up to 30 degrees either way (the detector finds faces up to some 40 degrees off
    upright, and a view may lie that far off its document's axes): the hull's corners."""
    import cv2

    el, et, er, eb = ENVELOPE
    box = np.array([[-el, -et], [er, -et], [er, eb], [-el, eb]]) * s
    pts = []
    for t in turns:
        a = math.radians(t)
        rot = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]])
        pts.append(box @ rot.T)
    hull = cv2.convexHull(np.vstack(pts).astype(np.float32)).reshape(-1, 2).astype(float)
    out: np.ndarray = hull + np.array([cx, cy])
    return out


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


# The categories of covers over print (a number read by any rule, or by the check)
TEXT_COVERS = ("document_number", "bsn", "rrn", "number")
# Two covers of one print line this close (in print heights) are over one number: the gap
# between them is covered too (glare or blur left its middle unread: "95.03" and "-366.66"
# covered, "14" in a glare spot between them left visible)
BRIDGE_GAP = 1.6


def bridges(findings: list[Finding]) -> list[Finding]:
    """Covers over the gap between a cover of a number and another cover of its print line
    (on the first cover's line, end to end) that stand closer than ``BRIDGE_GAP`` print
    heights. (The first is a line's cover, longer than high: its slope is the line's; the
    other may be a short piece's, as high as it is wide.)"""
    import cv2

    covers = [np.asarray(f.polygon, np.float64) for f in findings if f.category in TEXT_COVERS]
    out: list[Finding] = []
    done: set[tuple[int, int]] = set()
    for i, pa in enumerate(covers):
        (cx, cy), (w, h), a = cv2.minAreaRect(pa.astype(np.float32))
        if w < h:
            w, h, a = h, w, a + 90.0
        if h < 3 or w < 1.5 * h:
            continue
        u = np.array([math.cos(math.radians(a)), math.sin(math.radians(a))])
        n = np.array([-u[1], u[0]])
        c = np.array([cx, cy])
        for j, pb in enumerate(covers):
            if j == i or (min(i, j), max(i, j)) in done:
                continue
            along, across = (pb - c) @ u, (pb - c) @ n
            if across.max() < -0.2 * h or across.min() > 0.2 * h or abs(across.mean()) > 0.5 * h:
                continue   # not on this cover's line
            if not 0.5 * h <= across.max() - across.min() <= 2.2 * h:
                continue   # not a cover of print of this height
            if along.min() > w / 2:
                x0, x1 = w / 2, along.min()
            elif along.max() < -w / 2:
                x0, x1 = along.max(), -w / 2
            else:
                continue   # overlapping: no gap
            if x1 - x0 > BRIDGE_GAP * h:
                continue
            done.add((min(i, j), max(i, j)))
            x0, x1 = x0 - 0.25 * h, x1 + 0.25 * h
            pts = [c + u * x + n * y for x, y in ((x0, -h / 2), (x1, -h / 2), (x1, h / 2), (x0, h / 2))]
            out.append(Finding("number", np.array(pts), "bridge", 1.0))
    return out


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
