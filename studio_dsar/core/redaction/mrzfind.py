"""Find machine-readable zones on a page: long, parallel text lines found with morphology,
read with Tesseract in both directions and corrected with ICAO 9303 check digits. The MRZ
also tells the document's orientation, size and format (TD1/TD2/TD3)."""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import mrz as mrzmod
from . import ocr
from .geometry import Frame, norm_angle

MRZ_LONG_SIDE = 1280


def _line_angle(a: float) -> float:
    """A text line's direction folded into (-90, 90]: a line has no head or tail."""
    a = norm_angle(a)
    if a > 90:
        a -= 180
    elif a <= -90:
        a += 180
    return a


@dataclass
class TextLine:
    """One blob of :func:`line_candidates`: a text line's centre, length, height and direction."""
    cx: float
    cy: float
    length: float
    thick: float
    angle: float     # of the long axis, in (-90, 90]
    pts: np.ndarray
    # found only by a flat closing (``LINE_KERNELS`` past the square ones): for the MRZ
    # search; the page's text directions and turns are taken from the others
    flat: bool = False


# The closings of :func:`line_candidates` (width, height of the kernel, at ``MRZ_LONG_SIDE``)
LINE_KERNELS = ((5, 5), (9, 9), (15, 15), (15, 5), (5, 15))


def line_candidates(img: np.ndarray, flat: bool = True) -> list[TextLine]:
    """Long, thin blobs of print on a page (text lines, MRZ lines among them), in page
    pixels: the page's dark strokes closed at three scales, each blob long for its height.
    The engine also takes the turns its face search tries from them, and the self-check the
    print no document was read for. ``flat=False``: the square closings' lines only (those
    of :func:`square_lines`, found the same: the flat closings come after them and only add
    lines of their own), for a caller that does not search the MRZ."""
    import cv2

    H, W = img.shape[:2]
    s = min(1.0, MRZ_LONG_SIDE / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    g = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (15, 15)))
    _t, bw = cv2.threshold(bh, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    out: list[TextLine] = []
    min_len = 0.09 * max(small.shape[:2])
    # (square kernels, and long flat ones along either axis of the page: print spaced wide, as
    # an MRZ's monospaced characters are, closed square merges its lines into one block that
    # perspective and glare leave too ragged to be a line, and closed small leaves it in pieces)
    for kx, ky in LINE_KERNELS if flat else [k for k in LINE_KERNELS if k[0] == k[1]]:
        is_flat = kx != ky
        cl = cv2.morphologyEx(bw, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (kx, ky)))
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
            if is_flat and any(_same_blob(t, cx / s, cy / s, length / s, thick / s, a) for t in out):
                continue   # (a line an earlier closing found as it is)
            box = cv2.boxPoints(((cx, cy), (length, thick), a)) / s
            out.append(TextLine(cx / s, cy / s, length / s, thick / s, a, box, is_flat))
    return out


def square_lines(lines: list[TextLine]) -> list[TextLine]:
    """The line candidates of the square closings only (the page's text directions)."""
    return [ln for ln in lines if not ln.flat]


def _same_blob(t: TextLine, cx: float, cy: float, length: float, thick: float, a: float) -> bool:
    d = abs(t.angle - a) % 180.0
    return math.hypot(t.cx - cx, t.cy - cy) < 0.5 * min(t.thick, thick) and abs(t.length - length) < 0.1 * length \
        and abs(t.thick - thick) < 0.3 * thick and min(d, 180.0 - d) < 3.0


def group_lines(lines: list[TextLine]) -> list[list[TextLine]]:
    """Merge overlapping/adjacent parallel line blobs into MRZ-block candidates."""
    n = len(lines)
    parent = list(range(n))

    def find(i: int) -> int:
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
    groups: dict[int, list[TextLine]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(lines[i])
    return list(groups.values())


def _group_frame(group: list[TextLine]) -> tuple[Frame, float, float]:
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


def line_skew(grey: np.ndarray, reach: float = 8.0, step: float = 0.5) -> float:
    """Degrees by which the text lines of an almost upright crop lie off its x axis (positive:
    they fall to the right, in image coordinates), by the projection profile: the turn at
    which the rows of ink are sharpest (lines of print give rows full of ink and rows
    empty between them). Blobs of a band cut short by glare, or merged by blur into one
    line, give the band's direction only roughly: across 44 characters an error of 3
    degrees crosses a line, and the reading is garbage."""
    import cv2

    g = grey if grey.ndim == 2 else cv2.cvtColor(grey, cv2.COLOR_BGR2GRAY)
    s = min(1.0, 640.0 / max(g.shape[:2]))
    if s < 1:
        g = cv2.resize(g, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    _t, bw = cv2.threshold(bh, 0, 1, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    h, w = bw.shape
    # print only: a page's edge, a fold or a frame line (long, thin ink) would weigh more
    # than every line of characters together, and lie along the MRZ, not the print
    _n, labels, stats, _c = cv2.connectedComponentsWithStats(bw, connectivity=8)
    big = np.nonzero((stats[:, 2] > 0.25 * w) | (stats[:, 3] > 0.25 * h))[0]
    big = big[big > 0]
    if big.size:
        bw = np.where(np.isin(labels, big), 0, bw).astype(np.uint8)
    if bw.sum() < 20:
        return 0.0
    ink = bw.astype(np.float32)
    best, best_a = -1.0, 0.0
    for a in np.arange(-reach, reach + 1e-6, step):
        m = cv2.getRotationMatrix2D((w / 2, h / 2), float(a), 1.0)
        r = cv2.warpAffine(ink, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=0)
        prof = r.sum(axis=1)
        score = float(np.sum(np.diff(prof) ** 2))
        if score > best:
            best, best_a = score, float(a)
    # (a rotation of the image by +a, counter-clockwise, levels lines that fall by a)
    return best_a


# A band whose lines lie this far (degrees) off its blobs' direction is read along its lines.
SKEW_MIN = 1.0


def _levelled(img: np.ndarray, fr: Frame) -> tuple[Frame, np.ndarray | None]:
    """A candidate's frame turned to lie along its lines of print (:func:`line_skew`), and its
    grey crop when that is the frame's own (not turned)."""
    import cv2

    grey = cv2.cvtColor(fr.crop(img), cv2.COLOR_BGR2GRAY)
    skew = line_skew(grey)
    if abs(skew) < SKEW_MIN:
        return fr, grey
    return Frame(fr.cx, fr.cy, norm_angle(fr.angle + skew), fr.x0, fr.x1, fr.y0, fr.y1, fr.z), None


@dataclass
class MrzHit:
    frame: Frame                 # upright crop around the MRZ (text reads left to right)
    box: tuple[float, float, float, float]   # MRZ lines' extent in frame (crop) pixels
    result: mrzmod.MRZResult | None
    fmt: str | None
    conf: float
    cover: tuple[float, float, float, float] | None = None   # what to black out (default: box)
    unread: bool = False     # found by its texture only (see unread_mrz_texture)
    # page polygons of the band's ink beyond its box (see band_ink): also blacked out
    ink: list[np.ndarray] = field(default_factory=list)


def _line_width(words: list[ocr.Word], fmt: str | None) -> float | None:
    """How long (crop pixels) a whole line of an MRZ of this format is, from the character
    pitch of the words OCR read on it (ICAO 9303 prints every character at one pitch): the
    narrowest pitch of the long words, as debris OCR glued to a word's end only widens it."""
    if fmt not in mrzmod.LAYOUTS:
        return None
    pitches = [w.w / len(w.text.strip()) for w in words if len(w.text.strip()) >= 15]
    if not pitches:
        return None
    return min(pitches) * mrzmod.LAYOUTS[fmt][1]


# The ink of a band is followed along its lines in steps of this share of the band's height,
# across gaps of at most BAND_GAP band heights (fillers read as faint, glare) and at most
# as far as a band of its height can reach (an MRZ's lines are at most some 17 times as long
# as its band of two lines is high, ICAO 9303 TD3) and at least its known length on either side.
BAND_STEP = 0.5
BAND_GAP = 1.6
BAND_LONGEST = 18.0
BAND_RATIO = {"TD1": 8.0, "TD2": 14.0, "TD3": BAND_LONGEST}


def band_ink(img: np.ndarray, fr: Frame, box: tuple[float, float, float, float],
             length: float, reach: float | None = None) -> list[np.ndarray]:
    """Page polygons of the print of an MRZ band that goes on beyond ``box`` (a band found
    but not read whole, in ``fr``'s crop pixels; ``length`` its known length in page pixels),
    at most ``reach`` page pixels beyond either end (by default as far as any MRZ of its
    height reaches, ``BAND_LONGEST``).

    Glare, shade or blur may hide a band's ends from its blobs and from OCR, and a page photographed
    at a steep angle shows its lines converging, so that a rectangle along the part found misses
    the far corners. The ink is followed along the band in steps of half its height, each step
    looking a little above and below where the last one found it (so the cover bends with the
    perspective), until a gap wider than any between the characters of a line. Deny by default:
    a band found is blacked out whole, read or not."""
    import cv2

    bx0, by0, bx1, by1 = box
    z = fr.z
    hb = (by1 - by0) / z                      # band height, page pixels
    if hb <= 2 or length <= 0:
        return []
    zt = float(min(1.0, 40.0 / hb))           # the band some 40 px high
    if reach is None:
        reach = max(length, BAND_LONGEST * hb - length)
    ft = Frame(fr.cx, fr.cy, fr.angle, fr.x0 + bx0 / z - reach, fr.x0 + bx1 / z + reach,
               fr.y0 + by0 / z - 1.5 * hb, fr.y0 + by1 / z + 1.5 * hb, zt)
    g = cv2.cvtColor(ft.crop(img), cv2.COLOR_BGR2GRAY)
    h = hb * zt
    k = max(3, int(round(0.5 * h)) | 1)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    t, _bw = cv2.threshold(bh, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    ink = bh > max(12.0, 0.4 * t)   # (faint print under glare too)
    H, W = ink.shape
    x_a, x_b = reach * zt, (reach + (bx1 - bx0) / z) * zt
    y_a, y_b = 1.5 * hb * zt, 2.5 * hb * zt
    step = max(2, int(round(BAND_STEP * h)))
    out: list[np.ndarray] = []
    for direction in (1, -1):
        ya, yb = y_a, y_b
        x = x_b if direction > 0 else x_a
        gap, segs = 0.0, []
        while 0 <= x < W if direction > 0 else 0 < x <= W:
            c0, c1 = (int(x), min(W, int(x) + step)) if direction > 0 else (max(0, int(x) - step), int(x))
            r0, r1 = max(0, int(ya - 0.4 * h)), min(H, int(yb + 0.4 * h) + 1)
            win = ink[r0:r1, c0:c1]
            if c1 <= c0 or r1 <= r0:
                break
            rows = np.nonzero(win.sum(axis=1) >= 1)[0]
            if win.mean() >= 0.03 and rows.size:
                mid = r0 + float(np.average(np.arange(win.shape[0]), weights=win.sum(axis=1)))
                # (the band keeps its height; its middle follows the ink, a little per step)
                shift = float(np.clip(mid - (ya + yb) / 2, -0.25 * h, 0.25 * h))
                ya, yb = ya + shift, yb + shift
                segs.append((c0, c1, ya, yb))
                gap = 0.0
            else:
                gap += c1 - c0
                if gap > BAND_GAP * h:
                    break
            x += direction * step
        if not segs:
            continue
        pad = 0.3 * h
        top = [(a if direction > 0 else b, ya - pad) for a, b, ya, _yb in segs] + \
              [(segs[-1][1] if direction > 0 else segs[-1][0], segs[-1][2] - pad)]
        bottom = [(segs[-1][1] if direction > 0 else segs[-1][0], segs[-1][3] + pad)] + \
                 [(a if direction > 0 else b, yb + pad) for a, b, _ya, yb in reversed(segs)]
        # (the end reached, plus half a band height: a character's ink the threshold missed)
        end = 0.5 * h * direction
        top[-1] = (top[-1][0] + end, top[-1][1])
        bottom[0] = (bottom[0][0] + end, bottom[0][1])
        out.append(ft.to_page(np.array(top + bottom, float)))
    return out


def _text_only(gray: np.ndarray) -> np.ndarray:
    """Dark text on white: black-hat (strokes thinner than the kernel) inverted."""
    import cv2

    bh = cv2.morphologyEx(gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (21, 21)))
    out: np.ndarray = 255 - cv2.normalize(bh, np.empty_like(bh), 0, 255, cv2.NORM_MINMAX)
    return out


def _read_mrz_crop(words: list[ocr.Word]) -> tuple[mrzmod.MRZResult | None, list[list[ocr.Word]]]:
    lines = [ln for ln in ocr.lines_of(words) if len("".join(w.text for w in ln)) >= 20]
    texts = ["".join(w.text for w in ln) for ln in lines]
    if len(lines) < 2:
        return None, lines
    res = mrzmod.parse(texts)
    return res, lines


def _mrz_score(res: mrzmod.MRZResult | None, lines: list[list[ocr.Word]]) -> float:
    if res is None:
        return 0.0 if not lines else 0.1 * min(len(lines), 3)
    return 1.0 + res.valid_fraction


def _near(hit: MrzHit, fr: Frame) -> bool:
    """Is a candidate's centre within the document of an MRZ already read (one MRZ per
    document: a block of lines near it is the document's heading or printed data)?"""
    x0, y0, x1, y1 = hit.box
    w = (x1 - x0) / hit.frame.z
    u, v = hit.frame.from_page([[fr.cx, fr.cy]])[0] / hit.frame.z
    cx, cy = (x0 + x1) / 2 / hit.frame.z, (y0 + y1) / 2 / hit.frame.z
    return bool(abs(u - cx) < 0.7 * w and abs(v - cy) < 0.9 * w)


def unread_mrz_texture(group: list[TextLine], readings: list[str]) -> bool:
    """Does a block that OCR could not read still look like an MRZ? Two or three stacked
    text lines of (nearly) the same length, each long for its height (a line of 30-44
    monospaced characters is some 18-30 times as long as it is high), which OCR restricted
    to the MRZ alphabet reads as two or more long lines of about equal length."""
    import cv2

    longest = max(g.length for g in group)
    lines = [g for g in group if g.length >= 0.75 * longest]
    # the block's own length: blur may merge the lines of an MRZ into blobs as high as
    # the block and break them along it (two halves of 6-7 times their height side by side)
    block = max(cv2.minAreaRect(np.vstack([g.pts for g in group]).astype(np.float32))[1])
    if any(max(g.length, block) < 7 * g.thick for g in lines):
        return False
    long = [r for r in readings if len(r) >= 24]
    lens = sorted((len(r) for r in long), reverse=True)
    if len(lens) < 2 or lens[1] < 0.65 * lens[0]:
        return False
    # an MRZ holds runs of fillers, which blurred OCR reads as '<' or as K, E, C, X: a
    # third or more of a line; a heading or a name in capitals has far fewer of them
    return any(sum(c in "<KECX" for c in r) >= 0.35 * len(r) for r in long)


def mrz_geometry(group: list[TextLine], *readings: list[str]) -> bool:
    """Does a block too small for OCR to read show an MRZ's print all the same? Two or three
    lines one under the other, of one length (within 6 %), each 15 times as long as it is
    high or more (30-44 monospaced characters), spaced as an MRZ's lines are (1.2 to 2.6
    line heights apart), which a reading in the MRZ alphabet, either way up, reads as two
    long lines or more (15 characters). A heading and a line under it differ in length;
    names, dates and labels are far shorter for their height."""
    distinct: list[TextLine] = []
    # (the lines one by one, thinnest first: a blob of the block as a whole, or of two
    # lines merged, lies across a line already taken)
    for g in sorted(group, key=lambda g: (g.thick, -g.length)):
        t = math.radians(g.angle)
        if not any(abs((g.cx - d.cx) * -math.sin(t) + (g.cy - d.cy) * math.cos(t)) < 0.5 * max(d.thick, g.thick)
                   for d in distinct):
            distinct.append(g)
    if not 2 <= len(distinct) <= 3 or not any(sum(1 for r in rs if len(r) >= 15) >= 2 for rs in readings):
        return False
    distinct.sort(key=lambda g: -g.length)
    longest = distinct[0].length
    if any(d.length < 0.94 * longest or d.length < 15 * d.thick for d in distinct):
        return False
    t = math.radians(distinct[0].angle)
    across = sorted((d.cx - distinct[0].cx) * -math.sin(t) + (d.cy - distinct[0].cy) * math.cos(t) for d in distinct)
    thick = float(np.median([d.thick for d in distinct]))
    return all(1.2 * thick <= b - a <= 2.6 * thick for a, b in itertools.pairwise(across))


@dataclass
class _Reading:
    """One OCR reading of a candidate block in one direction."""
    result: mrzmod.MRZResult | None
    lines: list[list[ocr.Word]]
    fillers: int
    looks: bool

    @property
    def score(self) -> float:
        return _mrz_score(self.result, self.lines)

    @property
    def upright(self) -> bool:
        """Read the right way up beyond doubt: filler runs read as '<' only that way (turned
        over, a '<' is a '>', which is not in the MRZ alphabet) and they are many, or most
        check digits hold."""
        return len(self.lines) >= 2 and self.fillers >= 5 and (
            self.fillers >= 8 or (self.result is not None and self.result.valid_fraction >= 0.5))


def _read(pre: np.ndarray, flip: bool) -> _Reading:
    import cv2

    words = ocr.run(cv2.rotate(pre, cv2.ROTATE_180) if flip else pre, 6, ocr.MRZ_CHARS)
    res, lines = _read_mrz_crop(words)
    texts = ["".join(w.text for w in ln) for ln in lines]
    return _Reading(res, lines, sum(mrzmod.filler_count(mrzmod.clean_line(t)) for t in texts),
                    mrzmod.looks_like_mrz(texts))


def _worth_more(r: _Reading, group: list[TextLine], gw: float, gh: float) -> bool:
    """Are second opinions on a block worth their OCR? Only where the reading shows some
    sign of an MRZ: filler runs read as '<', or the texture of an unreadable one (long
    equal lines heavy in what blurred fillers read as). A heading or the printed names
    read in the MRZ alphabet show neither."""
    if r.fillers >= 3:
        return True
    raw = [mrzmod.clean_line("".join(w.text for w in ln)) for ln in r.lines]
    return gw >= 5 * gh and unread_mrz_texture(group, raw)


def _same_document(hit: MrzHit, fr: Frame) -> bool:
    """Is a candidate's centre on the document of an MRZ read with most check digits holding?
    (One MRZ per document: the blocks of lines above it are its printed data, not worth an
    MRZ reading. The document lies above its MRZ, a card some 0.6 MRZ widths high, a passport
    page some 0.7; a second document beside, above or below lies beyond.)"""
    if hit.result is None or hit.result.valid_fraction < 0.5:
        return False
    x0, y0, x1, y1 = hit.box
    z = hit.frame.z
    w = (x1 - x0) / z
    u, v = hit.frame.from_page([[fr.cx, fr.cy]])[0] / z
    cx, cy = (x0 + x1) / 2 / z, (y0 + y1) / 2 / z
    up = 0.56 if hit.fmt == "TD1" else 0.68
    return bool(abs(u - cx) < 0.5 * w and -up * w < v - cy < 0.08 * w)


def _read_both(img: np.ndarray, fr: Frame, grey: np.ndarray | None = None
               ) -> tuple[np.ndarray, _Reading, _Reading | None, bool]:
    """Read a candidate block the way its lines lie and, unless that is clearly an upright
    MRZ, the other way up: (grey crop, reading, other reading or None, take the other).
    ``grey``: the frame's grey crop, when made already."""
    import cv2

    if grey is None:
        grey = cv2.cvtColor(fr.crop(img), cv2.COLOR_BGR2GRAY)
    # black-hat keeps the thin dark strokes and drops backgrounds, shadows and the
    # desk beside the card, which otherwise make Tesseract lose the line starts
    pre = _text_only(grey)
    a = _read(pre, False)
    if a.upright:
        # (a first reading with no long line is no sign of no MRZ: a tilted MRZ read the
        # wrong way up may give none, and the right way up read whole)
        return grey, a, None, False
    b = _read(pre, True)
    # filler runs only read as '<' the right way up; check digits decide otherwise
    if abs(a.fillers - b.fillers) >= 5:
        return grey, a, b, b.fillers > a.fillers
    return grey, a, b, b.score > a.score or (b.score == a.score and b.looks and not a.looks)


def _cut_short(r: _Reading, fr: Frame) -> bool:
    """Do two or more long lines of a reading run to within 4 % of the crop's ends (the
    MRZ goes on beyond the crop)?"""
    W = fr.size[0]
    edge = 0.04 * W
    return sum(1 for ln in r.lines if min(w.x for w in ln) < edge
               or max(w.x + w.w for w in ln) > W - edge) >= 2 and len(r.lines) >= 2


# A block none of whose lines lies within this many degrees of its frame's long side is read
# across its lines (see :func:`reads_across`).
ACROSS_MIN = 30.0


def reads_across(group: list[TextLine], fr: Frame) -> bool:
    """Would a block's frame read it across its lines? A block of many short lines stacked
    (a card's printed fields) can be higher than wide: its frame's long side then runs
    across the lines, and OCR along it reads no line of print (let alone an MRZ, whose lines
    are its long side). Every line of such a block lies far off the frame's direction."""
    def gap(a: float, b: float) -> float:
        d = abs(_line_angle(a) - _line_angle(b)) % 180.0
        return min(d, 180.0 - d)

    return all(gap(g.angle, fr.angle) > ACROSS_MIN for g in group)


# At most this many blocks of lines only the flat closings found are read per page
FLAT_BLOCKS = 2


def _block_candidates(lines: list[TextLine]) -> list[tuple[float, Frame, float, float, list[TextLine]]]:
    """The MRZ-block candidates of line blobs, longest first: (score, frame, length, height,
    lines)."""
    cands = []
    for g in group_lines(lines):
        fr, length, thick = _group_frame(g)
        cands.append((length * (1 + 0.2 * (len(g) > 1)), fr, length, thick, g))
    cands.sort(key=lambda c: -c[0])
    return cands


def flat_blocks(lines: list[TextLine], before: list[tuple[float, Frame, float, float, list[TextLine]]]
                ) -> list[tuple[float, Frame, float, float, list[TextLine]]]:
    """The MRZ-block candidates (as :func:`_block_candidates`) of the lines only the flat
    closings found, made of those lines alone (joined to the square closings' lines they would
    move blocks read before), whose centre lies in none of the blocks ``before``; the longest
    ``FLAT_BLOCKS``."""
    more = [c for c in _block_candidates([ln for ln in lines if ln.flat])
            if not any(o[1].contains_page_point(c[1].cx, c[1].cy) for o in before)]
    return more[:FLAT_BLOCKS]


def read_whole(raw: list[str], res: mrzmod.MRZResult | None) -> bool:
    """Did readings of a band read two of its lines end to end (as long as a line of the
    format its reading parsed as, or a character short), check digits failing or not? Its
    ends are then found: its ink is followed no further than a band read whole (a card
    beside the band, in line with it, is not its print)."""
    if res is None or res.format not in mrzmod.LAYOUTS:
        return False
    n = mrzmod.LAYOUTS[res.format][1]
    return sum(1 for x in raw if n - 1 <= len(x) <= n + 1) >= 2


def find_mrz(img: np.ndarray, cancel: Callable[[], bool] | None = None,
             lines: list[TextLine] | None = None) -> list[MrzHit]:
    import cv2

    if lines is None:
        lines = line_candidates(img)
    # the blocks of the square closings' lines first, as they always were; then those of
    # the lines only the flat closings found, where no block read before lies
    cands = _block_candidates(square_lines(lines))[:8]
    cands += flat_blocks(lines, cands)
    hits: list[MrzHit] = []
    for _score, fr, gw, gh, group in cands:
        fr0 = fr
        if cancel and cancel():
            break
        if any(h.frame.contains_page_point(fr.cx, fr.cy) or _same_document(h, fr) for h in hits):
            continue
        if reads_across(group, fr):
            continue
        fr, level_grey = _levelled(img, fr)
        fr0 = fr
        grey, a, b, pick1 = _read_both(img, fr, level_grey)
        r = b if pick1 and b is not None else a
        if (r.result is None or not r.result.valid) and _cut_short(r, fr):
            # the read lines run into the crop's ends: glare or shade broke the blobs, and
            # the rest of the MRZ lies beyond them. Read again along the lines, wider
            # (the document's width on either side: an MRZ spans its document)
            fr = fr0 = Frame(fr.cx, fr.cy, fr.angle, fr.x0 - gw, fr.x1 + gw, fr.y0, fr.y1,
                             min(fr.z, 2500.0 / (fr.x1 - fr.x0 + 2 * gw)))
            grey, a, b, pick1 = _read_both(img, fr)
            r = b if pick1 and b is not None else a
        res, mlines, flip, looks = r.result, r.lines, pick1, r.looks
        if (res is not None or looks) and not (res is not None and res.valid) and _worth_more(r, group, gw, gh):
            # second and third opinions (plain grey, Otsu binarised), same direction,
            # combined line by line with the first reading
            alt = cv2.rotate(grey, cv2.ROTATE_180) if flip else grey
            _t, otsu = cv2.threshold(255 - _text_only(alt), 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
            w2, w3 = ocr.run_many([(alt, 6, ocr.MRZ_CHARS), (otsu, 6, ocr.MRZ_CHARS)])
            l2 = [ln for ln in ocr.lines_of(w2) if len("".join(w.text for w in ln)) >= 20]
            l3 = [ln for ln in ocr.lines_of(w3) if len("".join(w.text for w in ln)) >= 20]
            readings = [["".join(w.text for w in ln) for ln in lines_]
                        for lines_ in (mlines, l2, l3) if len(lines_) >= 2]
            combined = mrzmod.parse_readings(readings) if readings else None
            if combined is not None and mrzmod.combined_better(combined, res, readings):
                res = combined
            mlines = mlines + l2 + l3
        raw = [mrzmod.clean_line("".join(w.text for w in ln)) for ln in mlines]
        unread = False
        # (fillers as OCR read them, look-alikes included: a sharp filler run read as K's)
        fillers = sum(mrzmod.filler_count(x) for x in raw)
        if not ((res is not None and res.valid_fraction >= 0.34 and fillers >= 3) or fillers >= 10):
            # (a block of 2-3 MRZ lines is at least 5 times as long as it is high; the
            # heading and name lines of a card front, taken together, are not)
            # (the texture is judged on the readings of both ways up: a garbled reading the
            # wrong way up may have scored higher, while only the right way reads fillers)
            other = [] if b is None else [mrzmod.clean_line("".join(w.text for w in ln))
                                          for ln in (a.lines if r is b else b.lines)]
            texture = gw >= 5 * gh and (unread_mrz_texture(group, raw) or unread_mrz_texture(group, other))
            if not (texture or mrz_geometry(group, raw, other)) or any(
                    h.result is not None and _near(h, fr0) for h in hits):
                continue
            # an MRZ too small, blurred or washed out to read: blacked out all the same,
            # and reported unreadable (the numbers it holds stay unknown)
            res, unread = None, True
        W, H = fr.size
        if flip:
            fr = Frame(fr.cx, fr.cy, norm_angle(fr.angle + 180), -fr.x1, -fr.x0, -fr.y1, -fr.y0, fr.z)
        # the box of what OCR read, unless it read nothing that counts: then the blobs
        # alone (words from lines around an unread block must not widen it)
        ws = [] if unread else [w for ln in mlines for w in ln]
        bx0: float
        by0: float
        bx1: float
        by1: float
        if ws:
            bx0 = min(w.x for w in ws)
            by0 = min(w.y for w in ws)
            bx1 = max(w.x + w.w for w in ws)
            by1 = max(w.y + w.h for w in ws)
        elif unread:
            bx0, by0, bx1, by1 = W, H, 0, 0
        else:
            bx0, by0, bx1, by1 = 0, 0, W, H
        # the blobs themselves belong to the MRZ too
        gb = ((-gw / 2 - fr0.x0) * fr0.z, (-gh / 2 - fr0.y0) * fr0.z,
              (gw / 2 - fr0.x0) * fr0.z, (gh / 2 - fr0.y0) * fr0.z)
        if flip:
            gb = (W - gb[2], H - gb[3], W - gb[0], H - gb[1])
        bx0, by0 = min(bx0, gb[0]), min(by0, gb[1])
        bx1, by1 = max(bx1, gb[2]), max(by1, gb[3])
        cover: tuple[float, float, float, float] = (bx0, by0, bx1, by1)
        if res is None or not res.valid:
            # not every character was read: glare or a shadow may have hidden the line's
            # ends from both the blobs and OCR. An MRZ spans its document's width and
            # nothing kept sits beyond its ends, so the black box runs on along the lines.
            # How far: what the read characters leave missing of a line of the format (a
            # neighbouring card may lie just beyond the ends), or 30 % when none was read.
            ext = 0.3 * (bx1 - bx0)
            if res is not None and res.format in mrzmod.LAYOUTS:
                read = max((len(x) for x in raw), default=0)
                if read >= 10:
                    pitch = (bx1 - bx0) / read
                    missing = max(0, mrzmod.LAYOUTS[res.format][1] - read)
                    ext = min(ext, (missing + 1) * pitch)
            cover = (bx0 - ext, by0, bx1 + ext, by1)
        line_w = _line_width(ws, res.format if res is not None else None)
        if line_w and bx1 - bx0 > 1.25 * line_w and 0.85 * line_w <= gb[2] - gb[0] <= 1.25 * line_w:
            # OCR took specks of the desk beside the band into its words (a word box runs on
            # past the last character): the box that places the document is the blobs', as
            # long as a line of the format; the cover keeps the words' extent
            bx0, bx1 = gb[0], gb[2]
        conf = float(np.mean([w.conf for w in ws])) if ws else 0.0
        fmt = res.format if res else mrzmod.guess_format(
            [mrzmod.clean_line("".join(w.text for w in ln)) for ln in mlines])
        # (a reading whose check digits all hold may still have left a line's end unread: the
        # fillers of the name line carry no check digit, nor does a lost composite digit; its
        # lines' length is known, a character or two more. Otherwise as far as a band of its
        # format reaches, the card beside it never: a TD1 band is some 7 times as long as high)
        length = max(gw, (bx1 - bx0) / fr.z)
        hb = (cover[3] - cover[1]) / fr.z
        reach = 0.1 * length if (res is not None and res.valid) or read_whole(raw, res) else \
            max(0.5 * length, BAND_RATIO.get(res.format if res is not None else "", BAND_LONGEST) * hb - length)
        ink = band_ink(img, fr, cover, length, reach)
        hits.append(MrzHit(fr, (bx0, by0, bx1, by1), res, None if unread else fmt, conf, cover, unread, ink))
    return hits


