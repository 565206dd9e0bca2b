"""Identifying numbers in the OCR'd visual zone of a document.

Numbers are found by validator (BSN, RRN, Belgian card number, Dutch document number), next
to their labels, wherever a number named by the MRZ appears and, deny by default, whenever a
token looks like a number that is not a field that must stay legible (dates, names,
nationality).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy as np

from . import numbers as nums
from . import ocr, quantile

if TYPE_CHECKING:
    from .mrz import MRZResult

# a number found: (category, box in the view's pixels, evidence, OCR confidence 0-100)
NumberHit = tuple[str, tuple[int, int, int, int], str, float]


def flatten(gray: np.ndarray) -> np.ndarray:
    """Even out the light behind the text (glare, shadow, a light gradient) by dividing
    by the background: a closing wider than any stroke. Strokes keep their shape, unlike
    a black-hat, which thins bold print and breaks blurred characters."""
    import cv2

    k = max(15, int(round(min(gray.shape[:2]) / 20)) | 1)
    bg = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    return cv2.divide(gray, bg, scale=255)


def _token_groups(line: list[ocr.Word], max_join: int = 4) -> Iterator[list[ocr.Word]]:
    for i in range(len(line)):
        for j in range(i + 1, min(len(line), i + max_join) + 1):
            yield line[i:j]


def _coherent(ws: list[ocr.Word]) -> bool:
    """Words of one printed run: of one height, on one level, with no gap wider than a few
    characters between them. (OCR may box a picture's edge or two lines as a word of the
    same text line, and puts fields printed side by side in one line: a passport's type and
    country beside its number, a personal number and the authority in the next column.)"""
    h = max(4, min(w.h for w in ws if len(w.text) > 1) if any(len(w.text) > 1 for w in ws) else 4)
    mid = sorted(w.y + w.h / 2 for w in ws)[len(ws) // 2]
    if any(b.x - (a.x + a.w) > GROUP_GAP * h for a, b in itertools.pairwise(ws)):
        return False
    return all(w.h <= 1.6 * h and abs(w.y + w.h / 2 - mid) < 0.6 * max(h, w.h) for w in ws if len(w.text) > 1)


# The widest gap (in text heights) between words read as one number: a space, a dash, a
# character glare washed out (about 0.6 of a height each)
GROUP_GAP = 2.0
# ... and between two number-like pieces of one number on a line (glare washed out a few
# characters in its middle: "599-1528" ... "59-67")
PIECE_GAP = 3.0


def _words_box(ws: list[ocr.Word]) -> tuple[int, int, int, int]:
    return (min(w.x for w in ws), min(w.y for w in ws), max(w.x + w.w for w in ws),
            max(w.y + w.h for w in ws))


_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}\b|\b\d{1,2} ?[A-Z]{3}/?[A-Z]{0,3} ?(19|20)\d{2}\b")


def _numberish(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    digits = sum(c.isdigit() for c in t)
    return (digits >= 1 and digits >= len(nums.alnum(t)) - 2) or t in ("-", ".", "/")


def find_numbers(words: list[ocr.Word], mrz_numbers: list[str]) -> list[NumberHit]:
    """Sensitive numbers in OCR'd words: (category, crop box, evidence, confidence)."""
    lines = ocr.lines_of(words)
    hits: dict[int, NumberHit] = {}
    used: set[int] = set()
    mrz_norm = [nums.normalise(n) for n in mrz_numbers if len(nums.normalise(n)) >= 6]

    def extend(ws: list[ocr.Word], line: list[ocr.Word]) -> list[ocr.Word]:
        """Grow a match over neighbouring number-like pieces of the same printed number."""
        i0, i1 = line.index(ws[0]), line.index(ws[-1])
        h = max(w.h for w in ws)
        mid = float(np.median([w.y + w.h / 2 for w in ws]))

        def same_print(w: ocr.Word) -> bool:
            # a piece of the same printed line: as tall, at the same height (OCR may put
            # a box round a picture edge or two lines into the same text line)
            return bool(w.h <= 1.5 * h and abs(w.y + w.h / 2 - mid) < 0.5 * h)

        while i0 > 0:
            prev, cur = line[i0 - 1], line[i0]
            if cur.x - (prev.x + prev.w) < 1.2 * h and _numberish(prev.text) and same_print(prev):
                i0 -= 1
            else:
                break
        while i1 + 1 < len(line):
            nxt, cur = line[i1 + 1], line[i1]
            if nxt.x - (cur.x + cur.w) < 1.2 * h and _numberish(nxt.text) and same_print(nxt):
                i1 += 1
            else:
                break
        return line[i0:i1 + 1]

    def add(ws: list[ocr.Word], cat: str, ev: str, line: list[ocr.Word] | None = None) -> int:
        if line is not None:
            ws = extend(ws, line)
        key = id(ws[0])
        box = _words_box(ws)
        conf = float(np.mean([w.conf for w in ws]))
        for w in ws:
            used.add(id(w))
        hits[len(hits)] = (cat, box, ev, conf)
        return key

    for line in lines:
        line_dates = date_words(line)
        for grp in sorted(_token_groups(line), key=lambda g: -len(g)):
            if any(id(w) in used for w in grp):
                continue
            text = " ".join(w.text for w in grp)
            compact = re.sub(r"[\s.\-/]", "", text)
            if len(compact) < 8 or len(compact) > 16:
                continue
            # a printed date is never part of an identifying number, and OCR debris
            # (low confidence, no digits) must not be glued onto one
            if _DATE.search(text) or (len(grp) > 1 and (any(
                    w.conf < 40 and not any(ch.isdigit() for ch in w.text) for w in grp) or not _coherent(grp))):
                continue
            cat = nums.classify(compact)
            if cat in ("document_number", None) and any(id(w) in line_dates for w in grp):
                # part of a printed date read with its month garbled ("JULUL 1992" has the
                # shape of a Dutch document number): only a checksum outweighs the date
                cat = None
            if cat:
                add(grp, cat, "validator", line)
                continue
            nt = nums.normalise(compact)
            for m in mrz_norm:
                if nums.reads_as(compact, m) or (len(nt) >= 6 and nums.shape_key(nt) in nums.shape_key(m)):
                    add(grp, nums.classify(m) or "document_number", "mrz-number", line)
                    break
    # Values next to labels: the rest of the label's line, or the nearest line below.
    for line in lines:
        text = " ".join(w.text for w in line)
        cat = nums.label_category(text)
        if not cat:
            continue
        lx0, ly0, lx1, ly1 = _words_box(line)
        lh = max(8, ly1 - ly0)
        cand_words = []
        # words on the same line to the right of the label text that carry digits; not a
        # printed date (a field that stays), which OCR may join to the label's line when
        # the two are printed side by side
        dates = date_words(line)
        for w in line:
            if sum(c.isdigit() for c in w.text) >= 3 and id(w) not in dates:
                cand_words.append(w)
        # a number already found just under (or beside) the label is its value
        zone_box = (lx0 - lh, ly0, lx1 + 3 * lh, ly1 + 2.5 * lh)
        if any(b[0] < zone_box[2] and b[2] > zone_box[0] and b[1] < zone_box[3] and b[3] > zone_box[1]
               for _c, b, _e, _f in hits.values()):
            continue
        # ... and so is a number-like token there (deny by default takes it below)
        if any(w.x < zone_box[2] and w.x + w.w > zone_box[0] and w.y < zone_box[3] and w.y + w.h > zone_box[1]
               and id(w) not in used and number_like(w.text, w.conf) and w.y >= ly0 - 0.5 * lh
               for ln in lines for w in ln):
            continue
        if cand_words:
            for w in cand_words:
                if id(w) not in used:
                    add([w], cat, "validator" if nums.classify(w.text) else "label")
            continue
        zone = value_below(lines, line, (lx0, ly0, lx1, ly1))
        if zone:
            # the printed value sits under its label, left-aligned with it
            if not any(id(w) in used for w in zone):
                add(zone, cat, "label")
            continue
        # OCR read the label but nothing under it: cover where the value must be
        box = (lx0, ly1, lx1 + 2 * lh, int(round(ly1 + 1.8 * lh)))
        hits[len(hits)] = (cat, box, "label-position", 0.0)
    # Deny by default: every remaining number-like token goes, whatever its label, language
    # or country, unless it belongs to a field that stays legible (a date); so does every
    # token in the MRZ's character set with its fillers (an MRZ the MRZ search missed).
    for line in lines:
        protected = date_words(line)
        for w in line:
            if id(w) in used or id(w) in protected:
                continue
            if mrz_like(w.text):
                add([w], "mrz", "deny")
                continue
            if not number_like(w.text, w.conf) and not (capital_run(w.text) and not kept_label_above(words, (
                    w.x, w.y, w.x + w.w, w.y + w.h))):
                continue
            ws = [w]
            i = line.index(w)
            h = w.h
            # the rest of the same printed number (OCR may split it at spaces or dots)
            j = i - 1
            while j >= 0 and id(line[j]) not in protected and id(line[j]) not in used and \
                    ws[0].x - (line[j].x + line[j].w) < _piece_gap(line[j], h) and _has_digit(line[j].text):
                ws.insert(0, line[j])
                j -= 1
            j = i + 1
            while j < len(line) and id(line[j]) not in protected and id(line[j]) not in used and \
                    line[j].x - (ws[-1].x + ws[-1].w) < _piece_gap(line[j], h) and _has_digit(line[j].text):
                ws.append(line[j])
                j += 1
            add(ws, "number", "deny")
    return list(hits.values())


# A printed date (kept legible): 28 APR/AVR 1977, 12 MAA/MAR 2030, 26.05.2029, 01 01 1990
# (a bilingual month OCR read without its slash: 12 JULUL 1992).
# (OCR may put a space anywhere in the year: "17.01.2 001")
# (a date ends where its year does: "IRWE02D73", a Dutch document number, has the shape of a
# day read as I, a month and a year cut short, but runs on in letters and digits)
# A day OCR read as letters only ("OI", "I") counts with a year of four digits alone: a letter,
# a run of letters and two digits is also how a Dutch document number may end ("IRDYBFI05").
_DATE_LINE = re.compile(
    r"(?<![A-Z0-9])(?:[0-9OIl]?[0-9][0-9OIl]?[ ./-]{0,2}(?:[A-Z]{3,4}(?: ?/ ?[A-Z]{3,4}){0,2}|[A-Z]{5,7})"
    r"[ ./-]{0,2}(?:1 ?9 ?|2 ?0 ?)?"
    r"|[OIl]{1,2}[ ./-]{0,2}(?:[A-Z]{3,4}(?: ?/ ?[A-Z]{3,4}){0,2}|[A-Z]{5,7})[ ./-]{0,2}(?:1 ?9 ?|2 ?0 ?))"
    r"[0-9OIl] ?[0-9OIl](?![0-9A-Z])"
    r"|(?<![0-9])[0-9]{1,2} ?[./ ,-] ?[0-9]{1,2} ?[./ ,-]? ?(?:1 ?9|2 ?0) ?[0-9] ?[0-9](?![0-9])")
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_DAY_MONTH = re.compile(r"^[0-3]?\d[.,:/-][01]?\d[.,:/-]?$")
# a date whose year OCR cut short ("03.02.20" of 03.02.2033); alone it stays, but the
# extension of a number next to it still takes it
_DATE_CUT = re.compile(r"^[0-3]?\d[.,/-][01]?\d[.,/-](?:19|20|[12])?\d?[^A-Za-z0-9]*$")
# the month and year of a date whose day OCR put on a line of its own ("07.1989")
_MONTH_YEAR = re.compile(r"^[^A-Za-z0-9]*[01]?\d[.,/-](?:19|20)\d{2}[^A-Za-z0-9]*$")


def _piece_gap(w: ocr.Word, h: float) -> float:
    """How far (pixels) a neighbour may stand from a number-like token and still be read as
    part of the same number: a character's width, or ``PIECE_GAP`` heights for a neighbour
    of the same height that is number-like itself (the gap is then a washed-out middle)."""
    return (PIECE_GAP if number_like(w.text, w.conf) and 0.5 * h <= w.h <= 2.0 * h else 1.2) * h


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def date_words(line: list[ocr.Word]) -> set[int]:
    """Words of a line that are part of a printed date."""
    text, spans = "", []
    for w in line:
        if text:
            text += " "
        spans.append((len(text), len(text) + len(w.text), id(w)))
        text += w.text
    out: set[int] = set()
    for m in _DATE_LINE.finditer(text.upper()):
        for a, b, k in spans:
            if a < m.end() and b > m.start():
                out.add(k)
    # a month in letters and then a year, both garbled past the pattern (glare took the day
    # and turned "JUN/JUN" into ")UNJUN", blur read the year 2033 as "7033" or "20274")
    for i in range(len(line) - 1):
        if month_word(line[i].text) and _YEARISH.fullmatch(line[i + 1].text.strip()):
            out |= {id(line[i]), id(line[i + 1])}
            if i > 0 and _DAYISH.fullmatch(line[i - 1].text.strip()):
                out.add(id(line[i - 1]))
    # a date in digits that OCR split after its month, the year garbled past the pattern
    # ("17.12.2031" read as "17.19" and "20271"): a day and month, then a year's shape that
    # starts as a year does, and no more digits beside it on the line (a national number's
    # pieces go on)
    for i in range(len(line) - 1):
        wa, wb = line[i], line[i + 1]
        if not (_DAY_MONTH.fullmatch(wa.text.strip()) and _YEARISH.fullmatch(wb.text.strip())
                and wb.text.strip()[0] in "12"):
            continue
        h = max(wa.h, wb.h, 4)
        if wb.x - (wa.x + wa.w) > 1.5 * h:
            continue
        nxt = line[i + 2] if i + 2 < len(line) else None
        if nxt is not None and _has_digit(nxt.text) and nxt.x - (wb.x + wb.w) < 1.5 * h:
            continue
        prv = line[i - 1] if i > 0 else None
        if prv is not None and _has_digit(prv.text) and wa.x - (prv.x + prv.w) < 1.5 * h:
            continue
        out |= {id(wa), id(wb)}
    return out


_MONTHS = ("JAN", "FEB", "MRT", "MAA", "MAR", "APR", "AVR", "MEI", "MAI", "MAY", "JUN", "JUI", "JUL",
           "AUG", "AOU", "SEP", "OKT", "OCT", "NOV", "DEC", "DEZ")
_MONTH_SHAPE = re.compile(r"[^A-Za-z0-9]{0,2}([A-Za-z]{3,8})(?:/([A-Za-z]{2,4}))?[^A-Za-z0-9]{0,2}")
# a year OCR garbled: four or five characters, at least three of them digits (a last "1" or
# "7" of a blurred year read as a bracket or a bar: "203)", the day's look-alikes too)
_YEARISH = re.compile(r"(?=(?:\D*\d){3})[0-9OIlZS]{3,5}[)(|\]]?(?<=.{4})[.,]?")
_DAYISH = re.compile(r"[0-9OIl)(|]{1,2}[.,)]?")


def month_word(text: str) -> bool:
    """A printed month in letters as OCR may read it: one of the months' abbreviations (Dutch,
    French, English, German) in it, or a bilingual pair of which a part is one but for a
    letter ("AVG/ALG" of AUG/AUG)."""
    m = _MONTH_SHAPE.fullmatch(text.strip())
    if not m:
        return False
    parts = [p.upper() for p in m.groups() if p]
    if any(mo in parts[0] for mo in _MONTHS):
        return True
    return len(parts) == 2 and any(
        len(p) == 3 and sum(a != b for a, b in zip(p, mo, strict=True)) <= 1 for p in parts for mo in _MONTHS)


def names_a_month(text: str) -> bool:
    """A month in letters, also one a cover or the crop cut short after its first three letters
    ("OKT/O" of OKT/OCT)."""
    return month_word(text) or re.sub(r"[^A-Z]", "", text.upper())[:3] in _MONTHS


_NUMBER_START = re.compile(r"[A-Z]{1,2}[0-9]{2,3}")
_FILLER = str.maketrans({"\u00ab": "<", "\u2039": "<"})


def mrz_like(text: str) -> bool:
    """A token of a machine-readable zone: letters, digits and at least two ``<`` fillers
    (OCR may read them as guillemets), eight characters or more. No printed name, date or
    label holds a filler."""
    t = re.sub(r"\s", "", text.translate(_FILLER)).upper()
    return len(t) >= 8 and t.count("<") >= 2 and bool(re.fullmatch(r"[A-Z0-9<]+", t))


def capital_run(text: str) -> bool:
    """A run of 8-10 capitals and digits with a digit in it, whatever OCR's confidence: the
    shape of a document number (a Dutch one holds a single digit or two, "ZSRWT4KA1"),
    which a passport photographed at an angle leaves OCR reading with no confidence at all
    ("ZSRWT4KAL", 0). No date, label or place has it; a name in capitals read with a digit
    for a letter is told apart by its kept label above it (see ``find_numbers``)."""
    t = nums.alnum(text)
    return 8 <= len(t) <= 10 and t.upper() == t and any(c.isdigit() for c in t) \
        and any(c.isalpha() for c in t) and len(text.strip()) <= len(t) + 1


def number_like(text: str, conf: float = 100.0) -> bool:
    """Could this OCR token be (part of) an identifying number? Long digit runs and the
    letter-and-digit shapes of document and card numbers; not a year, not a short count
    (height, page number), never a word without digits."""
    t = nums.alnum(text)
    digits = sum(c.isdigit() for c in t)
    if digits == 0:
        return False
    if _YEAR.match(t) or (len(t) == 4 and _YEAR.match(t.translate(nums.DIGIT_FIX))):
        return False   # a year, also one OCR read with a look-alike letter ("L982")
    if _DAY_MONTH.match(text.strip()) or _DATE_CUT.match(text.strip()) or _MONTH_YEAR.match(text.strip()):
        return False   # a date OCR split after its month ("03.02." then "2033") or cut short
    if digits >= 4:
        return True
    if len(t) >= 5 and digits >= 2:
        return conf >= 30 or digits >= 3
    # the start of a passport or card number OCR read only in part (glare, blur: "ZR65" of
    # ZR655382): capitals then digits; no printed name, date, code or count has this shape
    if len(t) >= 4 and _NUMBER_START.fullmatch(t) and conf >= 30:
        return True
    # document numbers of letters with a single digit (Dutch ones end in their only digit):
    # a capitalised run of 8-10 with a digit is no word of a name or a place
    if 8 <= len(t) <= 10 and t.upper() == t and conf >= 30:
        return True
    return False




def _ink_band(flat: np.ndarray, box: tuple[float, float, float, float], text_h: float) -> tuple[float, float]:
    """Rows of the printed line inside a word box OCR drew too tall (it took in part of the
    line above or below): of the bands of rows holding ink, the one whose ink covers most
    of the box (the token the box was drawn for is as wide as the box, and a label printed
    next to it is smaller)."""
    import cv2

    x0, y0, x1, y1 = (int(round(v)) for v in box)
    roi = flat[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if roi.size == 0:
        return box[1], box[3]
    _t, ink = cv2.threshold(roi, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    rows = ink.mean(axis=1) > 0.04
    bands, start = [], None
    for i, r in enumerate([*rows, False]):
        if r and start is None:
            start = i
        elif not r and start is not None:
            bands.append((start, i))
            start = None
    best, best_span = None, 0.0
    for a, b in bands:
        if b - a < 0.3 * text_h:
            continue
        cols = np.nonzero(ink[a:b].any(axis=0))[0]
        # the ink's extent, width times height: a label in small print above a number
        # may run wider than the number, never as large
        span = float(cols[-1] - cols[0]) * (b - a) if cols.size else 0.0
        if span > best_span:
            best, best_span = (a, b), span
    if best is None:
        return box[1], box[3]
    return max(0, y0) + best[0], max(0, y0) + best[1]


def snap_to_ink(flat: np.ndarray, box: tuple[float, float, float, float],
                text_h: float | None = None) -> np.ndarray:
    """The printed run of characters a found token belongs to, as 4 corners in crop pixels.

    OCR may read only part of a number (glare washes out its first digits, a blur merges
    it) and its word box follows the crop's axes, not the text's (perspective tilts lines
    a few degrees). The ink of the token's line is taken around the box: dark pixels,
    joined along the line, the pieces that touch the box's middle band, plus the box
    itself. The result never shrinks below the box and never grows into a neighbouring
    line (rows more than half a text height away) or past a wide gap. A box much taller
    than the page's text (``text_h``) is first cut to the printed line it was drawn for."""
    import cv2

    x0, y0, x1, y1 = box
    if text_h and y1 - y0 > 1.7 * text_h:
        y0, y1 = _ink_band(flat, box, text_h)
    h = max(4.0, y1 - y0)
    if text_h:
        # (a band still that tall holds a label and its value that a tilt joined row by
        # row: the joins, gaps and heights are those of the print, not of the band)
        h = min(h, max(4.0, 1.6 * text_h))
    H, W = flat.shape[:2]
    rx0, rx1 = int(max(0, x0 - 8 * h)), int(min(W, x1 + 8 * h))
    ry0, ry1 = int(max(0, y0 - 0.8 * h)), int(min(H, y1 + 0.8 * h))
    corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)
    if rx1 - rx0 < 4 or ry1 - ry0 < 4:
        return corners
    roi = flat[ry0:ry1, rx0:rx1]
    _t, ink = cv2.threshold(roi, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    if _t > 235:   # nothing printed here, only noise on the background
        return corners
    k = max(3, int(round(0.6 * h)))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    n, labels, stats, _c = cv2.connectedComponentsWithStats(joined, connectivity=8)
    cy = 0.5 * (y0 + y1) - ry0
    pts = [corners]
    for i in range(1, n):
        bx, by, bw, bh, area = stats[i]
        if area < 0.02 * h * h or bh > 1.8 * h:
            continue
        if not (by <= cy <= by + bh):
            continue   # not on the token's line
        if abs(by + 0.5 * bh - cy) > 0.5 * h:
            continue   # a line above or below that the blur joined to a piece of this one
        if bx > x1 - rx0 + 1.2 * h or bx + bw < x0 - rx0 - 1.2 * h:
            continue   # beyond a wide gap
        ys, xs = np.nonzero(labels == i)
        pts.append(np.stack([xs + rx0, ys + ry0], axis=1).astype(np.float32))
    if len(pts) == 1:
        return corners
    allp = np.vstack(pts)
    rect = cv2.minAreaRect(allp)
    _centre, (rw, rh), _a = rect
    if min(rw, rh) > 2.2 * h or max(rw, rh) > (x1 - x0) + 16 * h:
        return corners
    quad: np.ndarray = np.asarray(cv2.boxPoints(rect), np.float32)
    return quad


def _reads(line_text: str, number: str) -> bool:
    """Does an OCR line read this number (as the MRZ-number search would match it)?"""
    if len(nums.normalise(number)) < 5:
        return True
    return nums.reads_as(line_text, number)


def printed_numbers(result: MRZResult | None) -> list[str]:
    """The numbers of a read MRZ that the same document side also prints in its visual zone:
    a passport's (TD3) document number, and on any format a personal number in the optional
    data that is a BSN or a Belgian national number. (An ID-1 card prints its document
    number on the front, while its MRZ is on the back.)"""
    out: list[str] = []
    if result is None:
        return out
    if result.format == "TD3" and result.checks.get("document_number") and result.document_number \
            and "<" not in result.document_number.rstrip("<"):
        # (a filler inside the number field is a misreading whose check digit passed by
        # chance: ICAO 9303 pads a TD3 number at its end only)
        out.append(result.document_number)
    for n in result.numbers:
        d = nums.digits_only(n)
        if d == n and (nums.is_bsn(d) or nums.is_rrn(d)):
            out.append(n)
    if not result.valid:
        out += personal_numbers_in_lines(result.lines)
    return list(dict.fromkeys(out))


def personal_numbers_in_lines(lines: list[str]) -> list[str]:
    """The BSNs and Belgian national numbers in the runs of digits of MRZ lines read with
    check digits failing: a character OCR added or dropped before the optional data shifts
    its fields, so the number is not where the format puts it ("2140609908" read for a
    check digit and a BSN). Each run of 9 digits or more is searched for a stretch of 9 that
    passes the BSN's check or 11 that pass the national number's."""
    out: list[str] = []
    for line in lines:
        for run in re.findall(r"[0-9]{9,}", line):
            for n, ok in ((11, nums.is_rrn), (9, nums.is_bsn)):
                out += [run[i:i + n] for i in range(len(run) - n + 1) if ok(run[i:i + n])]
    return list(dict.fromkeys(out))


def numbers_not_read(word_lists: list[list[ocr.Word]], numbers: list[str]) -> list[str]:
    """The numbers none of the OCR readings of a document found (so none was blacked out by
    the MRZ-number search)."""
    texts = []
    for ws in word_lists:
        for line in ocr.lines_of(ws):
            texts.append("".join(w.text for w in line))
    return [n for n in numbers if not any(_reads(t, n) for t in texts)]


def reread_named(view: np.ndarray, numbers: list[str]) -> tuple[list[ocr.Word], list[NumberHit]]:
    """A further reading of one document view for numbers its MRZ names: the words read,
    and the findings (category, view box, evidence, confidence) that are those numbers.

    Needed only when :func:`numbers_not_read` names a number: the MRZ says this side prints
    it and neither first reading found it (glare, blur, a tilt the reading missed). The view
    (an upright grey crop of any region, e.g. the flattened text view) is then read as a page
    (Tesseract's own layout analysis, which joins a number line the sparse reading split or
    dropped), and whatever reads as a named number, through OCR slips, is returned."""
    words = ocr.run(view, 3)
    hits = [f for f in find_numbers(words, numbers) if f[2] in ("mrz-number", "validator")]
    return words, hits


# --------------------------------------------------------------------------- print lines
# A line OCR read with words this sure of over most of its width is explained: not read again.
SURE_WORD = 75.0
MAX_LINES = 18


def print_lines(flat: np.ndarray, text_h: float) -> list[tuple[int, int, int, int]]:
    """Boxes (view pixels) of the printed text lines of a flattened view: dark strokes
    joined along the line, of about the text's height and a few characters long. Pictures,
    frames and guilloche lines are too tall, too thin or too sparse."""
    import cv2

    t, _ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    out = _lines_at(flat, float(t), text_h)
    # print in a lighter ink (a passport's document number in grey or blue beside the black
    # of the other fields) falls on the paper's side of a threshold set by the black: the
    # lines a threshold halfway between it and the paper finds besides are print lines too
    paper = float(quantile.percentile(flat, 90))
    if paper - t >= 24:
        faint = (t + paper) / 2
        for b in _lines_at(flat, faint, text_h):
            # (at the lighter threshold a label in small print just above may join the line:
            # the line is the band of rows its ink fills)
            b = _ink_rows(flat, b, faint)
            # (as tall as the values: a label in small grey print is not read again)
            if b[3] - b[1] >= 0.75 * text_h and not any(_overlap(b, o) for o in out):
                out.append(b)
    return out


def _ink_rows(flat: np.ndarray, box: tuple[int, int, int, int], threshold: float) -> tuple[int, int, int, int]:
    """A line box narrowed to the band of rows around its densest row that hold at least a
    third as much ink (darker than ``threshold``) as that row."""
    x0, y0, x1, y1 = box
    prof = (flat[y0:y1, x0:x1] < threshold).sum(axis=1)
    if prof.size == 0 or prof.max() == 0:
        return box
    pk = int(np.argmax(prof))
    lim = prof[pk] / 3.0
    a, b = pk, pk
    while a > 0 and prof[a - 1] >= lim:
        a -= 1
    while b < prof.size - 1 and prof[b + 1] >= lim:
        b += 1
    return (x0, y0 + a, x1, y0 + b + 1)


def _overlap(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Do two line boxes share part of one print line (rows and columns)?"""
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) - max(a[1], b[1]) > 0.3 * min(a[3] - a[1], b[3] - b[1])


def _lines_at(flat: np.ndarray, threshold: float, text_h: float) -> list[tuple[int, int, int, int]]:
    """The print lines (see :func:`print_lines`) of the ink darker than ``threshold``."""
    import cv2

    ink = (flat < threshold).astype(np.uint8)
    ink *= 255
    k = max(3, int(round(0.9 * text_h)))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    _n, _labels, stats, _c = cv2.connectedComponentsWithStats(joined, connectivity=8)
    # (the blobs of a noisy view are thousands: judged all at once, in label order)
    x, y, w, h, area = stats[1:].astype(np.int64).T
    keep = (0.5 * text_h <= h) & (h <= 2.2 * text_h) & (w >= 3.0 * text_h)
    keep &= area >= 0.3 * w * h   # else an outline or a frame line, not a run of characters
    boxes: list[tuple[int, int, int, int]] = [
        (a, b, c, d) for a, b, c, d in np.stack([x, y, x + w, y + h], 1)[keep].tolist()]
    return boxes


def ink_text_height(flat: np.ndarray) -> float | None:
    """The height of the print of a view from its ink alone (for a view OCR read nothing
    sure on): the height of the word-shaped blobs (dark strokes joined along the
    line, at least twice as long as high; the upper quartile, as labels in small print are
    many), or None when there are too few."""
    import cv2

    _t, ink = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    k = max(3, int(round(0.01 * flat.shape[1])))
    joined = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, 1)))
    _n, _labels, stats, _c = cv2.connectedComponentsWithStats(joined, connectivity=8)
    hs = [int(h) for _x, _y, w, h, area in stats[1:]
          if h >= 6 and w >= 2.5 * h and area >= 0.3 * w * h and h < 0.1 * flat.shape[0]]
    return float(np.percentile(hs, 75)) if len(hs) >= 5 else None


def unexplained_lines(lines: list[tuple[int, int, int, int]], words: list[ocr.Word],
                      covered: list[tuple[float, float, float, float]],
                      covers: list[np.ndarray] | None = None) -> list[tuple[int, int, int, int]]:
    """The print lines no reading vouches for: less than 60 % of their width lies under
    words OCR read with confidence (``SURE_WORD``) or under a number already found
    (``covered``: boxes; ``covers``: polygons, view pixels, counted where they cover the
    line's middle row: a cover that runs at a slant across the view's axes, as one of a
    sloping line does, leaves much of its bounding box open). Those are the lines a number
    may hide in (blur, glare, low contrast make OCR drop or garble it), longest first."""
    import cv2

    out = []
    for x0, y0, x1, y1 in lines:
        span = np.zeros(x1 - x0, bool)
        h = y1 - y0
        boxes = [(w.x, w.y, w.x + w.w, w.y + w.h) for w in words
                 if w.conf >= SURE_WORD and len(nums.alnum(w.text)) >= 2]
        for bx0, by0, bx1, by1 in [*boxes, *covered]:
            if by1 <= y0 + 0.25 * h or by0 >= y1 - 0.25 * h:
                continue
            a, b = int(max(x0, bx0)) - x0, int(min(x1, bx1)) - x0
            if b > a:
                span[a:b] = True
        if covers and x1 > x0:
            row = np.zeros((1, x1 - x0), np.uint8)
            cy = (y0 + y1) / 2
            for q in covers:
                cv2.fillPoly(row, [np.round(np.asarray(q) - [x0, cy]).astype(np.int32)], 1)
            span |= row[0] > 0
        if span.mean() < 0.6:
            out.append((x0, y0, x1, y1))
    out.sort(key=lambda b: -(b[2] - b[0]))
    return out[:MAX_LINES]


def line_image(flat: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, float, float, float] | None:
    """One print line cut from a view as Tesseract reads a blurred line best: contrast
    stretched, brought to capitals of some 24 px, sharpened (unsharp mask). Returns the
    image and its offset and scale in the view, or None for a line with no contrast."""
    import cv2

    x0, y0, x1, y1 = box
    h = y1 - y0
    ox, oy = max(0, int(x0 - 0.8 * h)), max(0, int(y0 - 0.5 * h))
    crop = flat[oy:int(y1 + 0.5 * h), ox:int(x1 + 0.8 * h)].astype(np.float32)
    if crop.size == 0:
        return None
    lo, hi = np.percentile(crop, 2), np.percentile(crop, 98)
    if hi - lo < 20:
        return None
    z = float(np.clip(24.0 / max(1, h), 0.7, 2.0))
    norm = np.clip((crop - lo) * (255.0 / (hi - lo)), 0, 255)
    norm = cv2.resize(norm, None, fx=z, fy=z, interpolation=cv2.INTER_CUBIC)
    blur = cv2.GaussianBlur(norm, (0, 0), max(1.0, 0.08 * h * z))
    sharp = np.clip(2.0 * norm - blur, 0, 255).astype(np.uint8)
    return sharp, float(ox), float(oy), z


def reread_lines(flat: np.ndarray, boxes: list[tuple[int, int, int, int]],
                 mrz_numbers: list[str], number_unknown: bool = False,
                 context: list[ocr.Word] | None = None,
                 deny_unread: bool = False) -> tuple[list[ocr.Word], list[NumberHit]]:
    """Read each print line no reading vouched for on its own (one line, sharpened: see
    :func:`line_image`); returns the words (view pixels) and the numbers among them that
    a validator, the MRZ or deny by default names (never a label's guessed position).
    ``context``: the words the document's readings found (view pixels), for the labels
    above the lines. ``deny_unread``: a side on which nothing must stay legible (a card's
    back): every line this reading, too, cannot read as words goes (see :func:`line_read`)."""
    jobs, where, read = [], [], []
    for b in boxes:
        li = line_image(flat, b)
        if li is None:
            continue
        img, ox, oy, z = li
        jobs.append((img, 7, None))
        where.append((ox, oy, z))
        read.append(b)
    if not jobs:
        return [], []
    words: list[ocr.Word] = []
    for k, ((ox, oy, z), ws) in enumerate(zip(where, ocr.run_many(jobs), strict=True)):
        for w in ws:
            if not w.text.strip():
                continue
            words.append(ocr.Word(w.text, w.conf, int(round(ox + w.x / z)), int(round(oy + w.y / z)),
                                  max(1, int(round(w.w / z))), max(1, int(round(w.h / z))), 1000 + k, 1, 1))
    hits = [f for f in find_numbers(words, mrz_numbers)
            if f[2] in ("validator", "mrz-number") or (f[2] == "deny" and _long_run(words, f[1]))]
    # deny by default, looser on a line no reading vouched for: a capitalised run of
    # letters and digits goes whatever OCR's confidence (a blurred number read as
    # "2XJOL6"); a name or a place is no such run
    taken = [b for _c, b, _e, _f in hits]
    for line in ocr.lines_of(words):
        dates = date_words(line)
        for w in line:
            t = nums.alnum(w.text)
            if id(w) in dates or len(t) < 6 or t.upper() != t or not any(c.isdigit() for c in t) \
                    or _YEAR.match(t) or (not any(c.isalpha() for c in t) and not number_like(w.text)):
                continue
            box = (w.x, w.y, w.x + w.w, w.y + w.h)
            if not any(b[0] <= box[0] and box[2] <= b[2] and b[1] <= box[1] and box[3] <= b[3] for b in taken):
                hits.append(("number", box, "deny", w.conf))
    # deny by default where OCR cannot read at all, on a document whose number no reading
    # found (``number_unknown``): the one line most like a run of capitals and digits
    # (its ink all of one height and with no word space, as a document number is printed;
    # a date has two spaces, a name in capitals mostly one) that this reading, too,
    # could not read with confidence (a blurred "LLWDBBCU8" read as "Liwpsscus") goes; a
    # name or a place in upper and lower case has the lower case's shorter strokes, and a
    # word in capitals is most often shorter than a number (a name of 8 capitals or more
    # that no reading could read goes too: deny by default)
    # (only while this reading, too, found no number: a run it read is the likelier number,
    # and a surname in capitals OCR could not read has the same ink)
    # (a BSN or a national number read by its validator is not the document number: a
    # passport prints both, the document number at its top, where glare and the angle of
    # a photo leave it unread more often)
    best: tuple[float, tuple[int, int, int, int], float] | None = None
    for b in read if number_unknown and all(c in ("bsn", "rrn") for c, *_r in hits) else []:
        inside = [w for w in words if b[0] <= w.x + w.w / 2 <= b[2] and b[1] <= w.y + w.h / 2 <= b[3]]
        text = nums.alnum("".join(w.text for w in inside))
        if any(w.conf >= SURE_WORD for w in inside) or any(date_words(ln) for ln in ocr.lines_of(inside)):
            continue
        if len(inside) > 3 or not (5 <= len(text) <= 14 or not text):
            continue
        if any(h[1][0] <= b[0] and b[2] <= h[1][2] and h[1][1] <= b[1] and b[3] <= h[1][3] for h in hits):
            continue
        if not 6 <= (b[2] - b[0]) / max(1.0, glyph_height(flat, b)) <= 11:
            continue   # not as long as a document number (8-10 characters): a word, a date
        if kept_label_above(context or [], b):
            continue   # the value of a field that stays (a surname in capitals, a date)
        seen = [w for w in context or [] if b[0] <= w.x + w.w / 2 <= b[2] and b[1] <= w.y + w.h / 2 <= b[3]]
        if any(date_words(ln) for ln in ocr.lines_of(seen)):
            continue   # an earlier reading read a date there
        share = capitals_share(flat, b) if ink_runs(flat, b) == 1 else 0.0
        if share >= CAPITALS and (best is None or (share, b[3] - b[1]) > (best[0], best[1][3] - best[1][1])):
            best = (share, b, float(np.mean([w.conf for w in inside])) if inside else 0.0)
    if best is not None:
        # (one line only: on small blurred print a label or a name in lower case can pass
        # for capitals, and the document prints one number of its own)
        hits.append(("number", best[1], "deny", best[2]))
    if deny_unread:
        # deny by default where nothing must stay legible: a line that no reading, this one
        # included, reads as words is covered whatever it holds (a blurred national number
        # read as noise)
        for b in read:
            if any(h[1][0] < b[2] and b[0] < h[1][2] and h[1][1] <= (b[1] + b[3]) / 2 <= h[1][3] for h in hits):
                continue
            inside = [w for w in words if b[0] <= w.x + w.w / 2 <= b[2] and b[1] <= w.y + w.h / 2 <= b[3]]
            if not line_read(inside) and not kept_label_above(context or [], b):
                conf = float(np.mean([w.conf for w in inside])) if inside else 0.0
                hits.append(("number", b, "deny-unread", conf))
    # a number read on a print line covers the line's whole run of ink (OCR may have read
    # only part of it, and its boxes are approximate on a blurred line)
    out: list[NumberHit] = []
    for cat, (x0, y0, x1, y1), ev, conf in hits:
        cy = (y0 + y1) / 2
        line_box = next((b for b in read if b[1] <= cy <= b[3] and b[0] < x1 and b[2] > x0), None)
        if line_box is not None:
            # (rows: the line's, found by its ink; a word box that reaches further holds the
            # ink of the lines above or below that the line's image took in, a label over the
            # number, and a cover that tall blacks out the fields beside it)
            y0, y1 = line_box[1], line_box[3]
            x0, x1 = min(x0, line_box[0]), max(x1, line_box[2])
        x0, x1 = faint_extent(flat, (x0, y0, x1, y1))
        out.append((cat, (x0, y0, x1, y1), ev, conf))
    return words, out


def value_below(lines: list[list[ocr.Word]], label: list[ocr.Word],
                box: tuple[int, int, int, int]) -> list[ocr.Word]:
    """The words of the value printed under a label (``box``, the label line's words'):
    of every line OCR made (not only those after the label's: on a document read at a slant
    OCR may join the value's words to a line above it, or order its lines otherwise), the
    words that start below the label's middle, within two and a half label heights under it
    and left-aligned with it; of those, the row nearest the label."""
    lx0, ly0, lx1, ly1 = box
    lh = max(8, ly1 - ly0)
    cands = [w for ln in lines if ln is not label for w in ln
             if w.y > ly0 + 0.5 * lh and -0.5 * lh < w.y - ly1 < 2.5 * lh
             and w.x < lx1 + 3 * lh and w.x + w.w > lx0 - lh and w.text.strip()]
    if not cands:
        return []
    first = min(cands, key=lambda w: w.y + w.h / 2)
    mid, h = first.y + first.h / 2, first.h
    return sorted((w for w in cands if abs(w.y + w.h / 2 - mid) < 0.6 * max(h, 8)), key=lambda w: w.x)


def line_read(words: list[ocr.Word]) -> bool:
    """Does a reading of one print line read it as words: a word of three letters or more,
    no digit, read with confidence (``SURE_WORD``), and no token in it that looks like part
    of a number? (Noise read off a blurred number is letters and digits of low confidence.)
    A printed date is read too (it may be a field that stays)."""
    if any(date_words(ln) for ln in ocr.lines_of(words)):
        return True
    if any(_has_digit(w.text) and w.conf < SURE_WORD for w in words):
        return False
    return any(w.conf >= SURE_WORD and len(re.sub(r"[^A-Za-z]", "", w.text)) >= 3 and not _has_digit(w.text)
               for w in words)


# Labels of the fields that stay legible (lower case, no accents), in the languages of the
# documents: a print line right under one is its value, not a number
KEPT_LABELS = ("naam", "name", "nom", "voornamen", "given names", "prenoms", "vornamen", "nationaliteit",
               "nationality", "nationalite", "staatsangehorigkeit", "geboortedatum", "date of birth",
               "date de naissance", "geburtsdatum", "geldig tot", "valid until", "date of expiry",
               "vervaldatum", "date d'expiration", "geldig vanaf", "valid from", "date of issue",
               "datum van afgifte", "geslacht",
               # other countries' (Italian, Spanish, Polish, German, Portuguese, Luxembourgish)
               "cognome", "nome", "cittadinanza", "data di nascita", "scadenza", "apellidos", "nombre",
               "nacionalidad", "nacimiento", "validez", "nazwisko", "imiona", "obywatelstwo", "data urodzenia",
               "termin waznosci", "wazny do", "familienname", "vornamen", "gultig bis", "apelido", "nacionalidade",
               "data de nascimento", "validade", "expiry", "birth")


def kept_label_above(words: list[ocr.Word], box: tuple[int, int, int, int]) -> bool:
    """Is a print line (``box``) the value of a field that stays? Its label is read just above
    it, left-aligned with it (ICAO layouts print each field's label over its value), names
    such a field and no number's label."""
    import unicodedata

    x0, y0, _x1, y1 = box
    h = max(4, y1 - y0)
    for line in ocr.lines_of(words):
        lx0, ly0, _lx1, ly1 = _words_box(line)
        if not (y0 - 1.8 * h <= ly1 <= y0 + 0.3 * h and abs(lx0 - x0) <= 2.0 * h and ly1 - ly0 <= 1.5 * h):
            continue
        text = unicodedata.normalize("NFKD", " ".join(w.text for w in line).lower())
        text = "".join(c for c in text if not unicodedata.combining(c))
        if nums.label_category(text):
            return False
        if any(lab in text for lab in KEPT_LABELS):
            return True
    return False


# Share of a line's inked columns whose ink reaches the line's top (within TOP_TOL of its
# height) from which the line is taken for capitals and digits only.
CAPITALS = 0.9
TOP_TOL = 0.2
GAP = 0.33   # a word space, in line heights (letters of one word stand closer, blurred or not)


def _ink(flat: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> np.ndarray | None:
    """The ink (1) of a part of a grey view, dark print split from paper at the part's own
    Otsu threshold; None for an empty part."""
    import cv2

    roi = flat[max(0, y0):max(0, y1), max(0, x0):max(0, x1)]
    if roi.size == 0:
        return None
    _t, ink = cv2.threshold(roi, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return ink


def _tops_bottoms(flat: np.ndarray, box: tuple[int, int, int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """Per column of a print line's ink: whether it holds ink, and the top and bottom row
    of that ink, with the line's tilt taken out (a line of an unrectified view slopes:
    its tops drift along it by more than a capital's height). None for too little ink."""
    x0, y0, x1, y1 = (int(v) for v in box)
    h = y1 - y0
    ink = _ink(flat, x0, y0 - h // 4, x1, y1 + h // 4) if h >= 4 else None
    if ink is None:
        return None
    has = ink.sum(axis=0) >= 2
    cols = np.nonzero(has)[0]
    if cols.size < 5:
        return None
    sub = ink > 0
    tops = np.where(has, np.argmax(sub, axis=0), sub.shape[0]).astype(np.float64)
    bots = np.where(has, sub.shape[0] - 1 - np.argmax(sub[::-1], axis=0), -1).astype(np.float64)
    mid = (tops[has] + bots[has]) / 2
    slope = float(np.polyfit(cols.astype(np.float64), mid, 1)[0]) if cols.size >= 10 else 0.0
    if abs(slope) > 0.02:
        drift = slope * (np.arange(sub.shape[1]) - cols.mean())
        tops = np.where(has, tops - drift, tops)
        bots = np.where(has, bots - drift, bots)
    return has, tops, bots


def glyph_height(flat: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """The height of a print line's characters, its tilt taken out (the box of a sloping
    line is taller than its print); the box's height when its ink says too little."""
    tb = _tops_bottoms(flat, box)
    if tb is None:
        return float(box[3] - box[1])
    has, tops, bots = tb
    return float(min(box[3] - box[1], np.percentile(bots[has], 95) - np.percentile(tops[has], 5) + 1))


def capitals_share(flat: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """How much of a print line is of capitals and digits, from its ink alone: the line is
    cut into windows of about half a character; of the windows holding a character's ink
    (punctuation, a dash or a dot, is left out: its ink is short), the share whose ink
    reaches the line's top (within ``TOP_TOL`` of the line's height). Every capital and
    digit reaches it (an L by its stem, a 3 by its top bar); lower case leaves its x-height
    letters short of it (a name, a nationality). Blur merges letters, not their tops.
    (A sloping line is measured along its slope.)"""
    tb = _tops_bottoms(flat, box)
    if tb is None:
        return 0.0
    has, tops, bots = tb
    cols = np.nonzero(has)[0]
    lt, lb = float(np.percentile(tops[has], 5)), float(np.percentile(bots[has], 95))
    hi = max(2.0, lb - lt)
    win = max(2, int(round(0.45 * hi)))
    n = k = 0
    for c in range(int(cols[0]), int(cols[-1]) + 1, max(1, win // 2)):
        sel = has[c:c + win]
        if not sel.any():
            continue
        t, b = float(tops[c:c + win][sel].min()), float(bots[c:c + win][sel].max())
        if b - t < 0.45 * hi:
            continue   # punctuation
        n += 1
        k += t <= lt + TOP_TOL * hi
    return k / n if n else 0.0


def ink_runs(flat: np.ndarray, box: tuple[int, int, int, int]) -> int:
    """Runs of print along a line, split at gaps of a third of the line's height or more
    (``GAP``: a word space): one for a number printed in one piece, three for a date."""
    x0, y0, x1, y1 = (int(v) for v in box)
    h = y1 - y0
    ink = _ink(flat, x0, y0, x1, y1) if h >= 4 else None
    if ink is None:
        return 0
    cols = ink.sum(axis=0) >= max(2, 0.08 * h)
    runs, start, gap = [], None, 0
    for i, c in enumerate([*cols, False]):
        if c:
            if start is None:
                start = i
            gap, end = 0, i
        elif start is not None:
            gap += 1
            if gap >= GAP * h or i == len(cols):
                runs.append((start, end))
                start = None
    return sum(1 for a, b in runs if b - a >= 0.3 * h)


def number_ink(flat: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Has a print line the ink of a number, whatever OCR made of it: capitals and digits
    (``capitals_share``) in one or two runs (a date has three, a name in lower case short
    letters), 5 to 16 characters long (about 0.6-0.8 of a capital's height each)."""
    runs = ink_runs(flat, box)
    if not 1 <= runs <= 2:
        return False
    h = glyph_height(flat, box)
    return 4.0 <= (box[2] - box[0]) / max(1.0, h) <= 13.0 and capitals_share(flat, box) >= CAPITALS


def faint_extent(flat: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """How far a run of print reaches along its line, counting faint ink too (glare washes
    out the first characters of a number to a grey the line finder's threshold misses):
    columns a little darker than the paper, joined across gaps narrower than a character."""
    x0, y0, x1, y1 = box
    h = max(4, y1 - y0)
    W = flat.shape[1]
    rx0, rx1 = max(0, x0 - 8 * h), min(W, x1 + 8 * h)
    roi = flat[max(0, y0):max(0, y1), rx0:rx1].astype(np.float32)
    if roi.size == 0:
        return x0, x1
    paper, dark = float(np.percentile(roi, 90)), float(np.percentile(roi, 2))
    if paper - dark < 20:
        return x0, x1
    ink = roi < paper - max(12.0, 0.12 * (paper - dark))
    cols = ink.mean(axis=0) > 0.08
    gap = int(0.6 * h)
    a, b = x0 - rx0, x1 - rx0
    i, run = a - 1, 0
    while i >= 0 and run <= gap:
        run = 0 if cols[i] else run + 1
        if run == 0:
            a = i
        i -= 1
    i, run = b, 0
    while i < cols.size and run <= gap:
        run = 0 if cols[i] else run + 1
        if run == 0:
            b = i + 1
        i += 1
    return rx0 + a, rx0 + b


def _long_run(words: list[ocr.Word], box: tuple[int, int, int, int]) -> bool:
    """Do the words in a box read as a run of six letters and digits or more? (A line read
    again on its own is blurred: a short run there is as often a garbled year or day.)"""
    inside = [w for w in words if box[0] <= w.x + w.w / 2 <= box[2] and box[1] <= w.y + w.h / 2 <= box[3]]
    return len(nums.alnum("".join(w.text for w in inside))) >= 6


def numbers_in_mrz_rows(words: list[ocr.Word], rows: list[tuple[int, int, int, int]]) -> list[str]:
    """The numbers an MRZ the MRZ search missed may hold, from the words OCR read on its
    lines (``rows``: boxes of the MRZ-like lines found): the letter-and-digit runs between
    fillers, and the first nine characters of a long run (ICAO 9303 starts a passport's
    second line and a card's first data field with the document number). Searched for in
    the visual zone like the numbers of a read MRZ."""
    out: list[str] = []
    for w in words:
        cy = w.y + w.h / 2
        if not any(r[1] - 0.5 * (r[3] - r[1]) <= cy <= r[3] + 0.5 * (r[3] - r[1]) for r in rows):
            continue
        t = re.sub(r"[^A-Z0-9<]", "", w.text.translate(_FILLER).upper())
        for part in re.split(r"<+", t):
            if len(part) >= 6 and any(c.isdigit() for c in part):
                out.append(part)
            if len(part) >= 10:
                out.append(part[:9])
            if part.startswith(("I", "ID", "AC", "C")) and len(part) >= 14:
                out.append(part[5:14])   # TD1: type (2), issuing state (3), document number
    return [n for n in dict.fromkeys(out) if sum(c.isdigit() for c in n) >= 1]
