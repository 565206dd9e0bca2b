"""Find what must be blacked out on one upright page image.

Evidence, in order:

1. faces (libfacedetection, at the four right-angle turns): portrait and ghost portrait, and the
   orientation of the document they are printed on;
2. MRZ: long, parallel text lines found with morphology, read with Tesseract in both
   directions and corrected with ICAO 9303 check digits; the MRZ also tells the
   document's orientation, size and format (TD1/TD2/TD3);
3. the visual zone of each document (found from its MRZ or portrait) is cropped upright
   and read once with Tesseract; numbers are found by validator (BSN, RRN, Belgian card
   number, Dutch document number), next to their labels, and wherever a number named by
   the MRZ appears;
4. QR codes and barcodes.

The findings name a category, a page polygon and the evidence; never a value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from . import mrz as mrzmod
from . import numbers as nums
from . import ocr
from .faces import Face, detect_faces
from .faces import backend as face_backend
from .geometry import Frame, angle_diff, norm_angle

MRZ_LONG_SIDE = 1280
LOW_CONF = 55.0


@dataclass
class Finding:
    category: str            # photo, ghost_photo, mrz, document_number, bsn, rrn, barcode, number
    polygon: np.ndarray      # page pixels, 4 points
    evidence: str            # face, rectangle, mrz, validator, label, mrz-number, barcode
    confidence: float = 1.0

    def as_dict(self) -> dict:
        return {
            "category": self.category,
            "box": [[int(round(x)), int(round(y))] for x, y in self.polygon],
            "evidence": self.evidence,
            "confidence": round(float(self.confidence), 2),
        }


@dataclass
class DocumentHit:
    kind: str                  # "mrz" or "portrait"
    mrz_format: str | None = None
    mrz_checks_ok: bool | None = None
    orientation: float = 0.0
    polygon: np.ndarray | None = None

    def as_dict(self) -> dict:
        d = {"evidence": self.kind, "orientation_deg": round(norm_angle(self.orientation), 1)}
        if self.mrz_format:
            d["mrz_format"] = self.mrz_format
            d["mrz_check_digits_ok"] = bool(self.mrz_checks_ok)
        if self.polygon is not None:
            d["box"] = [[int(round(x)), int(round(y))] for x, y in self.polygon]
        return d


@dataclass
class PageResult:
    findings: list[Finding] = field(default_factory=list)
    documents: list[DocumentHit] = field(default_factory=list)
    review: list[str] = field(default_factory=list)   # reason codes
    # name, dates, document type, issuing country per document read (core.identity); never a number
    identities: list = field(default_factory=list)


# --------------------------------------------------------------------------- MRZ
def _line_angle(a: float) -> float:
    """A text line's direction folded into (-90, 90]: a line has no head or tail."""
    a = norm_angle(a)
    if a > 90:
        a -= 180
    elif a <= -90:
        a += 180
    return a


@dataclass
class _Line:
    cx: float
    cy: float
    length: float
    thick: float
    angle: float     # of the long axis, in (-90, 90]
    pts: np.ndarray


def _line_candidates(img: np.ndarray) -> list[_Line]:
    import cv2

    H, W = img.shape[:2]
    s = min(1.0, MRZ_LONG_SIDE / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    g = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    _t, bw = cv2.threshold(bh, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    out: list[_Line] = []
    min_len = 0.09 * max(small.shape[:2])
    for k in (5, 9, 15):
        cl = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
        cl = cv2.morphologyEx(cl, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3)))
        contours, _h = cv2.findContours(cl, cv2.RETR_LIST, cv2.CHAIN_APPROX_SIMPLE)
        for c in contours:
            (cx, cy), (w, h), a = cv2.minAreaRect(c)
            length, thick = max(w, h), min(w, h)
            if length < min_len or thick < 3 or length / thick < 4.5:
                continue
            if cv2.contourArea(c) / (w * h) < 0.45:
                continue
            if w < h:
                a += 90
            a = _line_angle(a)
            box = cv2.boxPoints(((cx, cy), (length, thick), a)) / s
            out.append(_Line(cx / s, cy / s, length / s, thick / s, a, box))
    return out


def _group_lines(lines: list[_Line]) -> list[list[_Line]]:
    """Merge overlapping/adjacent parallel line blobs into MRZ-block candidates."""
    n = len(lines)
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            a, b = lines[i], lines[j]
            if min(abs(a.angle - b.angle), 180 - abs(a.angle - b.angle)) > 6:
                continue
            t = math.radians(a.angle)
            ex = np.array([math.cos(t), math.sin(t)])
            ey = np.array([-math.sin(t), math.cos(t)])
            d = np.array([b.cx - a.cx, b.cy - a.cy])
            along, across = abs(d @ ex), abs(d @ ey)
            # pieces of one line broken by glare or a fold: collinear, small gap
            collinear = across < 0.6 * max(a.thick, b.thick) and \
                along < 0.5 * (a.length + b.length) + 3 * max(a.thick, b.thick)
            stacked = across <= 1.6 * (a.thick + b.thick) and along <= 0.5 * max(a.length, b.length) \
                and min(a.length, b.length) >= 0.5 * max(a.length, b.length)
            if collinear or stacked:
                parent[find(i)] = find(j)
    groups: dict[int, list[_Line]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(lines[i])
    return list(groups.values())


def _group_frame(group: list[_Line]) -> tuple[Frame, float]:
    import cv2

    pts = np.vstack([g.pts for g in group]).astype(np.float32)
    (cx, cy), (w, h), a = cv2.minAreaRect(pts)
    if w < h:
        w, h = h, w
        a += 90
    a = _line_angle(a)
    thin = min(g.thick for g in group)
    # generous margins: the blobs may miss the ends of the lines (glare, '<' runs)
    mx = 0.25 * w + thin
    my = max(1.6 * thin, 0.05 * w)
    z = min(2.0, 1250.0 / w)
    return Frame(cx, cy, a, -w / 2 - mx, w / 2 + mx, -h / 2 - my, h / 2 + my, z), w, h


@dataclass
class MrzHit:
    frame: Frame                 # upright crop around the MRZ (text reads left to right)
    box: tuple[float, float, float, float]   # MRZ lines' extent in frame (crop) pixels
    result: mrzmod.MRZResult | None
    fmt: str | None
    conf: float


def _text_only(gray: np.ndarray) -> np.ndarray:
    """Dark text on white: black-hat (strokes thinner than the kernel) inverted."""
    import cv2

    bh = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (21, 21)))
    return 255 - cv2.normalize(bh, None, 0, 255, cv2.NORM_MINMAX)


def _read_mrz_crop(words: list[ocr.Word]) -> tuple[mrzmod.MRZResult | None, list[list[ocr.Word]]]:
    lines = [ln for ln in ocr.lines_of(words) if len("".join(w.text for w in ln)) >= 20]
    texts = ["".join(w.text for w in ln) for ln in lines]
    if len(lines) < 2:
        return None, lines
    res = mrzmod.parse(texts)
    return res, lines


def _mrz_score(res: mrzmod.MRZResult | None, lines) -> float:
    if res is None:
        return 0.0 if not lines else 0.1 * min(len(lines), 3)
    return 1.0 + res.valid_fraction


def find_mrz(img: np.ndarray, cancel=None) -> list[MrzHit]:
    import cv2

    lines = _line_candidates(img)
    groups = _group_lines(lines)
    cands = []
    for g in groups:
        fr, length, thick = _group_frame(g)
        cands.append((length * (1 + 0.2 * (len(g) > 1)), fr, length, thick))
    cands.sort(key=lambda c: -c[0])
    hits: list[MrzHit] = []
    for _score, fr, gw, gh in cands[:8]:
        fr0 = fr
        if cancel and cancel():
            break
        if any(h.frame.contains_page_point(fr.cx, fr.cy) for h in hits):
            continue
        crop = fr.crop(img)
        g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
        # black-hat keeps the thin dark strokes and drops backgrounds, shadows and the
        # desk beside the card, which otherwise make Tesseract lose the line starts
        pre = _text_only(g)
        flipped = cv2.rotate(pre, cv2.ROTATE_180)
        w0, w1 = ocr.run_many([(pre, 6, ocr.MRZ_CHARS), (flipped, 6, ocr.MRZ_CHARS)])
        r0, l0 = _read_mrz_crop(w0)
        r1, l1 = _read_mrz_crop(w1)
        s0, s1 = _mrz_score(r0, l0), _mrz_score(r1, l1)
        looks0 = mrzmod.looks_like_mrz(["".join(w.text for w in ln) for ln in l0])
        looks1 = mrzmod.looks_like_mrz(["".join(w.text for w in ln) for ln in l1])
        f0 = sum("".join(w.text for w in ln).count("<") for ln in l0)
        f1 = sum("".join(w.text for w in ln).count("<") for ln in l1)
        # filler runs only read as '<' the right way up; check digits decide otherwise
        if abs(f0 - f1) >= 5:
            pick1 = f1 > f0
        else:
            pick1 = s1 > s0 or (s1 == s0 and looks1 and not looks0)
        if pick1:
            res, mlines, flip, looks = r1, l1, True, looks1
        else:
            res, mlines, flip, looks = r0, l0, False, looks0
        if (res is not None or looks) and not (res is not None and res.valid):
            # second and third opinions (plain grey, Otsu binarised), same direction,
            # combined line by line with the first reading
            alt = cv2.rotate(g, cv2.ROTATE_180) if flip else g
            _t, otsu = cv2.threshold(255 - _text_only(alt), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
            w2, w3 = ocr.run_many([(alt, 6, ocr.MRZ_CHARS), (otsu, 6, ocr.MRZ_CHARS)])
            l2 = [ln for ln in ocr.lines_of(w2) if len("".join(w.text for w in ln)) >= 20]
            l3 = [ln for ln in ocr.lines_of(w3) if len("".join(w.text for w in ln)) >= 20]
            readings = [["".join(w.text for w in ln) for ln in lines_]
                        for lines_ in (mlines, l2, l3) if len(lines_) >= 2]
            combined = mrzmod.parse_readings(readings) if readings else None
            if combined is not None and (res is None or
                                         sum(combined.checks.values()) > sum(res.checks.values())):
                res = combined
            mlines = mlines + l2 + l3
        raw = [mrzmod.clean_line("".join(w.text for w in ln)) for ln in mlines]
        fillers = sum(x.count("<") for x in raw)
        if not ((res is not None and res.valid_fraction >= 0.34 and fillers >= 3) or fillers >= 10):
            continue
        W, H = fr.size
        if flip:
            fr = Frame(fr.cx, fr.cy, norm_angle(fr.angle + 180), -fr.x1, -fr.x0, -fr.y1, -fr.y0, fr.z)
        ws = [w for ln in mlines for w in ln]
        if ws:
            bx0 = min(w.x for w in ws)
            by0 = min(w.y for w in ws)
            bx1 = max(w.x + w.w for w in ws)
            by1 = max(w.y + w.h for w in ws)
        else:
            bx0, by0, bx1, by1 = 0, 0, W, H
        # the blobs themselves belong to the MRZ too
        gb = ((-gw / 2 - fr0.x0) * fr0.z, (-gh / 2 - fr0.y0) * fr0.z,
              (gw / 2 - fr0.x0) * fr0.z, (gh / 2 - fr0.y0) * fr0.z)
        if flip:
            gb = (W - gb[2], H - gb[3], W - gb[0], H - gb[1])
        bx0, by0 = min(bx0, gb[0]), min(by0, gb[1])
        bx1, by1 = max(bx1, gb[2]), max(by1, gb[3])
        conf = float(np.mean([w.conf for w in ws])) if ws else 0.0
        fmt = res.format if res else mrzmod.guess_format(
            [mrzmod.clean_line("".join(w.text for w in ln)) for ln in mlines])
        hits.append(MrzHit(fr, (bx0, by0, bx1, by1), res, fmt, conf))
    return hits


# --------------------------------------------------------------------------- numbers in the VIZ
def _token_groups(line: list[ocr.Word], max_join: int = 4):
    for i in range(len(line)):
        for j in range(i + 1, min(len(line), i + max_join) + 1):
            yield line[i:j]


def _words_box(ws: list[ocr.Word]) -> tuple[int, int, int, int]:
    return (min(w.x for w in ws), min(w.y for w in ws), max(w.x + w.w for w in ws),
            max(w.y + w.h for w in ws))


_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](19|20)\d{2}\b|\b\d{1,2} ?[A-Z]{3}/?[A-Z]{0,3} ?(19|20)\d{2}\b")


def _numberish(text: str) -> bool:
    t = text.strip()
    if not t:
        return False
    digits = sum(c.isdigit() for c in t)
    return (digits >= 1 and digits >= len(re.sub(r"[^A-Za-z0-9]", "", t)) - 2) or t in ("-", ".", "/")


def find_numbers(words: list[ocr.Word], mrz_numbers: list[str]) -> list[tuple[str, tuple, str, float]]:
    """Sensitive numbers in OCR'd words: (category, crop box, evidence, confidence)."""
    lines = ocr.lines_of(words)
    hits: dict[int, tuple[str, tuple, str, float]] = {}
    used: set[int] = set()
    mrz_norm = [nums.normalise(n) for n in mrz_numbers if len(nums.normalise(n)) >= 6]

    def extend(ws, line):
        """Grow a match over neighbouring number-like pieces of the same printed number."""
        i0, i1 = line.index(ws[0]), line.index(ws[-1])
        h = max(w.h for w in ws)
        while i0 > 0:
            prev, cur = line[i0 - 1], line[i0]
            if cur.x - (prev.x + prev.w) < 1.2 * h and _numberish(prev.text):
                i0 -= 1
            else:
                break
        while i1 + 1 < len(line):
            nxt, cur = line[i1 + 1], line[i1]
            if nxt.x - (cur.x + cur.w) < 1.2 * h and _numberish(nxt.text):
                i1 += 1
            else:
                break
        return line[i0:i1 + 1]

    def add(ws, cat, ev, line=None):
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
        for grp in sorted(_token_groups(line), key=lambda g: -len(g)):
            if any(id(w) in used for w in grp):
                continue
            text = " ".join(w.text for w in grp)
            compact = re.sub(r"[\s.\-/]", "", text)
            if len(compact) < 8 or len(compact) > 16:
                continue
            # a printed date is never part of an identifying number, and OCR debris
            # (low confidence, no digits) must not be glued onto one
            if _DATE.search(text) or (len(grp) > 1 and any(
                    w.conf < 40 and not any(ch.isdigit() for ch in w.text) for w in grp)):
                continue
            cat = nums.classify(compact)
            if cat:
                add(grp, cat, "validator", line)
                continue
            nt = nums.normalise(compact)
            nd = nums.ocr_digits(compact)
            for m in mrz_norm:
                if nums.fuzzy_contains(nt, m, 1 if len(m) >= 8 else 0) or \
                        (m.isdigit() and nums.fuzzy_contains(nd, m, 1)) or \
                        (len(nt) >= 6 and nt in m):
                    add(grp, nums.classify(m) or "document_number", "mrz-number", line)
                    break
    # Values next to labels: the rest of the label's line, or the nearest line below.
    for li, line in enumerate(lines):
        text = " ".join(w.text for w in line)
        cat = nums.label_category(text)
        if not cat:
            continue
        lx0, ly0, lx1, ly1 = _words_box(line)
        lh = max(8, ly1 - ly0)
        cand_words = []
        # words on the same line to the right of the label text that carry digits
        for w in line:
            if sum(c.isdigit() for c in w.text) >= 3:
                cand_words.append(w)
        # a number already found just under (or beside) the label is its value
        zone_box = (lx0 - lh, ly0, lx1 + 3 * lh, ly1 + 2.5 * lh)
        if any(b[0] < zone_box[2] and b[2] > zone_box[0] and b[1] < zone_box[3] and b[3] > zone_box[1]
               for _c, b, _e, _f in hits.values()):
            continue
        if cand_words:
            for w in cand_words:
                if id(w) not in used:
                    add([w], cat, "validator" if nums.classify(w.text) else "label")
            continue
        below = [ln for ln in lines[li + 1:]
                 if -0.5 * lh < _words_box(ln)[1] - ly1 < 2.5 * lh
                 and _words_box(ln)[1] > ly0 + 0.5 * lh
                 and _words_box(ln)[0] < lx1 and _words_box(ln)[2] > lx0 - lh]
        if below:
            # the printed value sits under its label, left-aligned with it
            zone = [w for w in below[0] if w.x < lx1 + 3 * lh and w.x + w.w > lx0 - lh]
            if zone and not any(id(w) in used for w in zone):
                add(zone, cat, "label")
            continue
        # OCR read the label but nothing under it: cover where the value must be
        box = (lx0, ly1, lx1 + 2 * lh, ly1 + 1.8 * lh)
        hits[len(hits)] = (cat, box, "label-position", 0.0)
    return list(hits.values())


# --------------------------------------------------------------------------- portrait rectangle
def _edge_profile(grad: np.ndarray, axis: int, lo: int, hi: int, a: int, b: int) -> np.ndarray:
    h, w = grad.shape
    if axis == 0:  # vertical edges: columns lo..hi, rows a..b
        a, b = max(0, a), min(h, b)
        lo, hi = max(0, lo), min(w, hi)
        if b <= a or hi <= lo:
            return np.zeros(0)
        return grad[a:b, lo:hi].mean(axis=0)
    a, b = max(0, a), min(w, b)
    lo, hi = max(0, lo), min(h, hi)
    if b <= a or hi <= lo:
        return np.zeros(0)
    return grad[lo:hi, a:b].mean(axis=1)


def portrait_rect(crop: np.ndarray, fx: float, fy: float, fs: float,
                  barriers: list[tuple[int, int, int, int]]) -> tuple[float, float, float, float]:
    """The portrait's rectangle around a face (crop coordinates, upright).

    Each side is placed on the strongest straight edge within the range a portrait can
    have (ICAO photo proportions: the face takes 50-80 % of the photo height). When no
    clear edge is found the widest plausible extent is used (fail safe), cut back so it
    does not cover any text that OCR read (kept fields sit beside the portrait).
    """
    import cv2

    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY).astype(np.float32) if crop.ndim == 3 else crop.astype(np.float32)
    g = cv2.GaussianBlur(g, (3, 3), 0)
    gx = np.abs(cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3))
    gy = np.abs(cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3))
    s = fs
    # search ranges (face-box heights from the face centre) and the fallback when no
    # straight edge is found: photo proportions put the photo edge about one face height
    # out on the sides and above, 1 to 1.7 below.
    ranges = {
        "left": (fx - 1.3 * s, fx - 0.5 * s, fx - 1.15 * s),
        "right": (fx + 0.5 * s, fx + 1.3 * s, fx + 1.15 * s),
        "top": (fy - 1.4 * s, fy - 0.7 * s, fy - 1.3 * s),
        "bottom": (fy + 0.85 * s, fy + 1.8 * s, fy + 1.75 * s),
    }
    thr = 30.0
    out = {}
    for side, (lo, hi, fallback) in ranges.items():
        lo_i, hi_i = max(0, int(lo)), max(0, int(hi) + 1)
        if side in ("left", "right"):
            a, b = max(0, int(fy - 0.75 * s)), max(0, int(fy + 0.75 * s))
            strip = gx[a:b, lo_i:hi_i] > thr
        else:
            a, b = max(0, int(fx - 0.5 * s)), max(0, int(fx + 0.5 * s))
            strip = (gy[lo_i:hi_i, a:b] > thr).T
        if strip.shape[0] < 5 or strip.shape[1] < 3:
            out[side] = fallback
            continue
        # a pixel counts when the edge is within one pixel of the column (slight tilt,
        # blur); a photo border runs along (almost) every row, while text margins and
        # edges inside the picture do not
        near = strip.copy()
        near[:, 1:] |= strip[:, :-1]
        near[:, :-1] |= strip[:, 1:]
        cover = near.mean(axis=0)
        idx = np.nonzero(cover >= 0.85)[0]
        if idx.size == 0:
            out[side] = fallback
            continue
        # outermost such edge: the photo's border, not an edge inside the picture
        k = idx[0] if side in ("left", "top") else idx[-1]
        pos = lo_i + k
        out[side] = pos - 2 if side in ("left", "top") else pos + 2
    x0, x1, y0, y1 = out["left"], out["right"], out["top"], out["bottom"]
    # Text that OCR read next to the portrait is the better evidence on that side: the
    # photo ends a little before it (kept fields sit a few millimetres away). Where text
    # is found within reach, the box runs up to just before it; elsewhere the edge (or
    # the fallback) stands.
    gap = 0.12 * s
    above = [b for b in barriers if b[2] > fx - 0.5 * s and b[0] < fx + 0.5 * s
             and fy - 1.6 * s < b[3] <= fy - 0.6 * s]
    if above:
        y0 = max(b[3] for b in above) + 0.05 * s
    below = [b for b in barriers if b[2] > fx - 0.5 * s and b[0] < fx + 0.5 * s
             and fy + 0.8 * s <= b[1] < fy + 2.0 * s]
    if below:
        y1 = min(b[1] for b in below) - 0.05 * s
    rows = [b for b in barriers if b[3] > y0 and b[1] < y1]
    right = [b for b in rows if fx + 0.5 * s <= b[0] < fx + 1.5 * s]
    if right:
        x1 = max(fx + 0.55 * s, min(b[0] for b in right) - gap)
    left = [b for b in rows if fx - 1.5 * s < b[2] <= fx - 0.5 * s]
    if left:
        x0 = min(fx - 0.55 * s, max(b[2] for b in left) + gap)
    return x0, y0, x1, y1


def _ghost_search(crop: np.ndarray, fr: Frame, main: Face, barriers) -> Face | None:
    """Look again for the small, faint ghost portrait: main portrait blanked out, local
    contrast raised, at two smaller scales (the detector prefers faces of some 30-60 px)."""
    import cv2

    from .faces import _detect

    c = fr.from_page([[main.cx, main.cy]])[0]
    s = main.size * fr.z
    x0, y0, x1, y1 = portrait_rect(crop, c[0], c[1], s, barriers)
    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    g[max(0, int(y0)):max(0, int(y1)), max(0, int(x0)):max(0, int(x1))] = 255
    g = cv2.createCLAHE(3.0, (8, 8)).apply(g)
    best = None
    for sc in (0.6, 0.4):
        small = cv2.resize(g, None, fx=sc, fy=sc, interpolation=cv2.INTER_AREA)
        for conf, (bx, by, bw, bh), _m in _detect(cv2.cvtColor(small, cv2.COLOR_GRAY2BGR), 0.4):
            bx, by, bw, bh = bx / sc, by / sc, bw / sc, bh / sc
            if not (0.3 * s <= bh <= 0.85 * s):
                continue
            # a face box over text OCR read is not a portrait
            if any(b[0] < bx + 0.8 * bw and b[2] > bx + 0.2 * bw and b[1] < by + 0.8 * bh
                   and b[3] > by + 0.2 * bh for b in barriers):
                continue
            if best is None or conf > best[0]:
                best = (conf, bx + bw / 2, by + bh / 2, bh)
    if best is None:
        return None
    p = fr.to_page([[best[1], best[2]]])[0]
    return Face(float(p[0]), float(p[1]), best[3] / fr.z, fr.angle, best[0])


# --------------------------------------------------------------------------- page
def _doc_frame_from_mrz(hit: MrzHit, img_shape) -> Frame:
    fr = hit.frame
    bx0, by0, bx1, by1 = hit.box
    # MRZ extent in page pixels along the document axes, relative to the frame point
    z = fr.z
    xl, xr = fr.x0 + bx0 / z, fr.x0 + bx1 / z
    yb, _yt = fr.y0 + by1 / z, fr.y0 + by0 / z
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


def _doc_frame_from_face(face: Face) -> Frame:
    s = face.size
    # An ID-1 card is about 6.5 face heights wide and 4 high, with the portrait on the
    # left (ICAO 9303 zone V); the crop is generous and only bounds where OCR looks.
    x0, x1, y0, y1 = -1.9 * s, 5.9 * s, -2.4 * s, 2.4 * s
    zz = min(1.6, 1150.0 / (x1 - x0))
    return Frame(face.cx, face.cy, face.angle, x0, x1, y0, y1, zz)


def _refine_angle(lines: list[_Line], frame: Frame, window: float = 12.0) -> float:
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


def analyse_page(img: np.ndarray, cancel=None, progress=None) -> PageResult:
    import cv2

    res = PageResult()
    if face_backend() is None:
        res.review.append("face_detector_missing")
    faces = detect_faces(img)
    faces = [f for f in faces if f.conf >= 0.6]
    if cancel and cancel():
        return res
    lines = _line_candidates(img)
    mrz_hits = find_mrz(img, cancel)
    frames: list[tuple[Frame, str, MrzHit | None]] = []
    for hit in mrz_hits:
        fr = hit.frame
        bx0, by0, bx1, by1 = hit.box
        pad = 0.6 * ((by1 - by0) / max(2, len(hit.result.lines) if hit.result else 3)) + 4
        poly = fr.rect_to_page(bx0 - pad, by0 - pad, bx1 + pad, by1 + pad)
        conf = hit.conf / 100.0
        res.findings.append(Finding("mrz", poly, "mrz", conf))
        df = _doc_frame_from_mrz(hit, img.shape)
        frames.append((df, "mrz", hit))
        valid = bool(hit.result and hit.result.valid)
        res.documents.append(DocumentHit("mrz", hit.fmt, valid, fr.angle, df.polygon()))
        if hit.result is None:
            res.review.append("mrz_unreadable")
        elif not hit.result.valid:
            res.review.append("mrz_check_digits_failed")
        if hit.conf < LOW_CONF and not valid:
            res.review.append("low_ocr_confidence")
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
    for f in mains:
        inside = [fr for fr, kind, _h in frames if fr.contains_page_point(f.cx, f.cy)]
        if not inside:
            fr = _doc_frame_from_face(f)
            fr.angle = _refine_angle(lines, fr, 12.0 if f.precise else 44.0)
            frames.append((fr, "portrait", None))
            res.documents.append(DocumentHit("portrait", None, None, fr.angle, fr.polygon()))
    # read each document's visual zone
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
    if cancel and cancel():
        return res
    gray = [_text_only(cv2.cvtColor(c, cv2.COLOR_BGR2GRAY)) for c in crops]
    ocr_results = ocr.run_many([(g, 3, None) for g in gray])
    all_mrz_numbers = [n for h in mrz_hits if h.result for n in h.result.numbers]
    if not mrz_hits and any(re.search(r"PAS+PO+RT|PASSPORT|PASSEPORT", " ".join(w.text for w in ws).upper())
                            for ws in ocr_results):
        res.review.append("no_mrz_found")
    res.identities = _identities(mrz_hits, ocr_results)
    for (fr, kind, _hit), crop, words in zip(frames, crops, ocr_results, strict=False):
        found = find_numbers(words, all_mrz_numbers)
        for cat, (x0, y0, x1, y1), ev, conf in found:
            # printed numbers are a few millimetres from anything kept: pad generously
            pad = 0.35 * (y1 - y0) + 4
            poly = fr.rect_to_page(x0 - 1.5 * pad, y0 - pad, x1 + 1.5 * pad, y1 + pad)
            res.findings.append(Finding(cat, poly, ev, conf / 100.0))
        if kind == "portrait" and not any(c in ("document_number",) for c, *_r in found):
            res.review.append("no_document_number_on_front")
        if any(ev in ("label", "label-position") for _c, _b, ev, _cf in found):
            res.review.append("number_unverified")
        # portraits inside this frame
        barriers = [(w.x, w.y, w.x + w.w, w.y + w.h) for w in words
                    if w.conf >= 60 and (len(re.sub(r"[^A-Za-z]", "", w.text)) >= 3
                                         or len(re.sub(r"[^A-Za-z0-9]", "", w.text)) >= 4)]
        frame_faces = [f for f in mains + ghosts if fr.contains_page_point(f.cx, f.cy)]
        crop_faces = detect_faces(crop, min_conf=0.3, long_side=1400, rotations=(0,))
        if crop_faces:
            for cf in crop_faces:
                p = fr.to_page([[cf.cx, cf.cy]])[0]
                if not any(math.hypot(p[0] - f.cx, p[1] - f.cy) < 0.6 * f.size for f in frame_faces):
                    if cf.conf >= 0.5 or any(f.size > 1.5 * cf.size / fr.z for f in frame_faces):
                        frame_faces.append(Face(p[0], p[1], cf.size / fr.z, fr.angle, cf.conf))
        if frame_faces:
            main = max(frame_faces, key=lambda f: f.size)
            if not any(f.size < 0.75 * main.size for f in frame_faces):
                ghost = _ghost_search(crop, fr, main, barriers)
                if ghost is not None:
                    frame_faces.append(ghost)
                else:
                    # modern cards and passports carry a second, faint portrait
                    res.review.append("no_ghost_portrait")
        for f in frame_faces:
            c = fr.from_page([[f.cx, f.cy]])[0]
            fs = f.size * fr.z
            rect = portrait_rect(crop, c[0], c[1], fs, barriers)
            is_ghost = any(f.size < 0.75 * m.size for m in frame_faces)
            res.findings.append(Finding("ghost_photo" if is_ghost else "photo",
                                        fr.rect_to_page(*rect), "face", f.conf))
        if kind == "portrait" and not frame_faces:
            res.review.append("no_portrait_on_front")
    # barcodes / QR codes
    res.findings.extend(find_codes(img))
    if not mrz_hits and not mains:
        res.review.append("no_document_found")
    res.review = list(dict.fromkeys(res.review))
    return res


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


def find_codes(img: np.ndarray) -> list[Finding]:
    import cv2

    out: list[Finding] = []
    H, W = img.shape[:2]
    s = min(1.0, 1600 / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    try:
        ok, pts = cv2.QRCodeDetector().detectMulti(small)
        if ok and pts is not None:
            for p in pts:
                p = np.asarray(p, float).reshape(-1, 2) / s
                c = p.mean(0)
                out.append(Finding("barcode", c + (p - c) * 1.15, "barcode"))
    except cv2.error:
        pass
    try:
        det = cv2.barcode.BarcodeDetector()
        ok, pts = det.detect(small)
        if ok and pts is not None:
            for p in pts:
                p = np.asarray(p, float).reshape(-1, 2) / s
                c = p.mean(0)
                out.append(Finding("barcode", c + (p - c) * 1.15, "barcode"))
    except (cv2.error, AttributeError):
        pass
    return out


def burn(img: np.ndarray, findings: list[Finding]) -> tuple[np.ndarray, np.ndarray]:
    """Black out every finding; returns the image and the mask of blacked pixels."""
    import cv2

    out = img.copy()
    mask = np.zeros(img.shape[:2], np.uint8)
    for f in findings:
        cv2.fillPoly(mask, [np.round(f.polygon).astype(np.int32)], 255)
    out[mask > 0] = 0
    return out, mask > 0
