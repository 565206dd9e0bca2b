"""Portrait and ghost-portrait covers.

The scorer of a redaction (and anyone looking at the copy) sees the *whole* printed photo, not
just the face. Three kinds of evidence say where it is, and none is trusted alone:

* the face: ICAO 9303 / ISO 19794-5 proportions put the photo within an envelope around the
  face box (``envelope``: every photo in which the face takes 36-85 % of the height, roughly
  centred), which holds for tight passport portraits and for looser prints alike;
* the photo's straight sides where the picture meets the card (``portrait_box``), which can
  lock onto a line inside the picture or beside it;
* the document: the card's outline or the MRZ (``bounds``), and the text beside the portrait.

``portrait_cover`` blacks out the envelope (and the photo the sides show, when they agree
with it), within the document, but never across text: the words OCR read are left out, and so
is everything from the left edge of the text column beside the photo on, found by OCR or by
its ink alone (``ink_column``: three or more flush-left lines of print), leaning with a card
seen at an angle (``side_slope``). Only when the sides, the envelope, the document and the
text agree is the cover vouched for; otherwise the page is flagged.

The ghost portrait is a smaller, faded reproduction of the same photo. ``ghost_by_template``
looks for the main portrait itself, scaled down, anywhere else on the document (normalised
cross-correlation, which does not care that the copy is faint or tinted); the face detector's
own second look (``_ghost_search``) runs as before. ``layout_cover`` is the fail-safe when no
face is found: a layout zone less the text in and beside it.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from . import quantile
from .faces import Face
from .geometry import Frame

Rect = tuple[float, float, float, float]

# ICAO 9303 portraits: width / height about 0.78 (35 x 45 mm); cards and passports of many
# countries print 0.7-0.85. A little slack for perspective and a tilt the deskew left.
ASPECT = (0.66, 0.92)
# the face box (a detector's, about brow to chin) takes 25-80 % of the photo height
FACE_SHARE = (0.2, 0.85)
# slopes tried for a photo's side (about -7 to +7 degrees)
TILTS = (0.0, -0.04, 0.04, -0.08, 0.08, -0.12, 0.12)


@dataclass
class PortraitBox:
    rect: Rect            # crop coordinates, upright
    vouched: bool         # all four sides on a straight edge, with photo proportions
    sides: int            # how many sides sit on an edge (4: all, each clearly)
    quad: np.ndarray | None = None   # the photo's corners (TL, TR, BR, BL) within ``rect``
    photo: Rect | None = None        # the photo as its sides say, before any margin


def _gray(crop: np.ndarray) -> np.ndarray:
    import cv2

    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop
    return cv2.GaussianBlur(g.astype(np.float32), (3, 3), 0)


def _coverage(edge: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column of a boolean strip (rows along the side): share of rows with an edge
    within one pixel of a line through that column at the strip's middle row, for the best
    of a few tilts (perspective and a deskew left over tilt a photo's sides by a few
    degrees). Returns (coverage, tilt as the slope of the best line)."""
    near = edge.copy()
    near[:, 1:] |= edge[:, :-1]
    near[:, :-1] |= edge[:, 1:]
    n, w = near.shape
    if n == 0:
        return np.zeros(w), np.zeros(w)
    rows = np.arange(n) - (n - 1) / 2
    best = np.zeros(w)
    slope = np.zeros(w)
    # edge pixels per column of each run of rows (the rows a tilt shifts alike are runs)
    run_sums = np.vstack([np.zeros((1, w), np.int64), np.cumsum(near, axis=0, dtype=np.int64)])
    for k in TILTS:
        shift = np.round(rows * k).astype(int)
        # a row shifted by d counts at column c the pixel at c + d, where that lies in the strip
        count = np.zeros(w, np.int64)
        starts = np.flatnonzero(np.r_[True, shift[1:] != shift[:-1]])
        ends = np.r_[starts[1:], n]
        for a, b in zip(starts.tolist(), ends.tolist(), strict=True):
            d = int(shift[a])
            if abs(d) >= w:
                continue
            part = run_sums[b] - run_sums[a]
            if d >= 0:
                count[:w - d] += part[d:]
            else:
                count[-d:] += part[:w + d]
        cov = count / n
        better = cov > best + 0.02
        best = np.where(better, cov, best)
        slope = np.where(better, k, slope)
    return best, slope


def _candidates(cov: np.ndarray, base: int, floor: float) -> list[tuple[int, float]]:
    """Local maxima of a coverage profile above ``floor``: (position, coverage)."""
    out: list[tuple[int, float]] = []
    n = cov.size
    for i in range(n):
        c = float(cov[i])
        if c < floor:
            continue
        lo, hi = max(0, i - 3), min(n, i + 4)
        if c < cov[lo:hi].max() or (i > lo and cov[i - 1] == c):
            continue
        out.append((base + i, c))
    out.sort(key=lambda t: -t[1])
    return out[:8]


def _side_candidates(crop: np.ndarray, fx: float, fy: float, s: float, reach: float,
                     barriers: list[tuple[int, int, int, int]] | None = None
                     ) -> tuple[dict[str, list[tuple[int, float]]], dict[str, float]]:
    """Candidate positions of each side of the photo (with their support) and the slope of
    the line found at each (keyed side + position)."""
    import cv2

    g = _gray(crop)
    h, w = g.shape
    gx = np.abs(cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3))
    gy = np.abs(cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3))
    low = max(6.0, min(30.0, 0.4 * float(quantile.percentile(np.maximum(gx, gy), 90))))
    out: dict[str, list[tuple[int, float]]] = {}
    r0, r1 = int(max(0, fy - 0.7 * s)), int(min(h, fy + 0.7 * s))
    c0, c1 = int(max(0, fx - 0.45 * s)), int(min(w, fx + 0.45 * s))
    # slopes are about the strips' middles
    tilt: dict[str, float] = {"my": (r0 + r1 - 1) / 2, "mx": (c0 + c1 - 1) / 2}
    spans = {
        "left": (fx - reach * s, fx - 0.45 * s),
        "right": (fx + 0.45 * s, fx + reach * s),
        "top": (fy - reach * s, fy - 0.55 * s),
        "bottom": (fy + 0.6 * s, fy + 1.6 * reach * s),
    }
    for side, (lo, hi) in spans.items():
        if side in ("left", "right"):
            a, b = int(max(0, lo)), int(min(w, hi + 1))
            grad = gx[r0:r1, a:b] if b > a and r1 > r0 else np.zeros((0, 0), np.float32)
        else:
            a, b = int(max(0, lo)), int(min(h, hi + 1))
            grad = gy[a:b, c0:c1].T if b > a and c1 > c0 else np.zeros((0, 0), np.float32)
        if grad.shape[0] < 5 or grad.shape[1] < 3:
            out[side] = []
            continue
        # an edge pixel: a step clear for the whole view (a faint photo side on a pale card)
        # or for this strip (where noise or a busy background makes every pixel an edge)
        best_score = np.zeros(grad.shape[1])
        best_slope = np.zeros(grad.shape[1])
        for thr in (low, float(np.clip(0.3 * quantile.percentile(grad, 97), 8.0, 40.0))):
            cov, slope = _coverage(grad > thr)
            if barriers:
                # a line of text OCR read gives straight edges too (cap and base lines): no
                # side of a photo runs through a word
                # (nor along its edge: the left edge of a text column is a straight line too)
                gp = int(2 + 0.05 * s)
                for bx0, by0, bx1, by1 in barriers:
                    if side in ("top", "bottom") and bx0 < fx + 0.45 * s and bx1 > fx - 0.45 * s:
                        cov[max(0, by0 - gp - a):max(0, by1 + gp - a)] = 0
                    elif side in ("left", "right") and by0 < fy + 0.7 * s and by1 > fy - 0.7 * s:
                        cov[max(0, bx0 - gp - a):max(0, bx1 + gp - a)] = 0
            # a photo's side has the card's plain background on its outer side: an edge line
            # inside the picture (texture, a collar, hair) has more of the same just outside
            n = cov.size
            outer = np.zeros(n)
            # (a strip narrower than the shift has nothing beyond it: a face by the crop's edge)
            for d in range(4, min(13, n)):   # beyond the width of a blurred edge
                sh = np.zeros(n)
                if side in ("right", "bottom"):
                    sh[:n - d] = cov[d:]
                else:
                    sh[d:] = cov[:n - d]
                outer = np.maximum(outer, sh)
            score = np.where(cov >= 0.7, cov - 0.5 * outer, 0.0)
            better = score > best_score
            best_score = np.where(better, score, best_score)
            best_slope = np.where(better, slope, best_slope)
        slope = best_slope
        out[side] = _candidates(best_score, a, 0.45)
        for p, _c in out[side]:
            tilt[f"{side}{p}"] = float(slope[p - a])
    return out, tilt


def _overlaps(rect: Rect, barriers: list[tuple[int, int, int, int]] | np.ndarray, share: float = 0.3) -> bool:
    """Does ``rect`` cover more than ``share`` of any barrier (a word OCR read)? ``barriers``
    may be given as a float array of rows (x0, y0, x1, y1): one array for the many boxes a
    portrait search tries."""
    b = barriers if isinstance(barriers, np.ndarray) else np.asarray(barriers, float).reshape(-1, 4)
    if not len(b):
        return False
    x0, y0, x1, y1 = rect
    ix = np.minimum(x1, b[:, 2]) - np.maximum(x0, b[:, 0])
    iy = np.minimum(y1, b[:, 3]) - np.maximum(y0, b[:, 1])
    area = np.maximum(1.0, (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]))
    return bool(np.any((ix > 0) & (iy > 0) & (ix * iy > share * area)))


def _by_size(barriers: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Barriers largest first (the order :func:`_cut_to_barriers` cuts them off in)."""
    return sorted(barriers, key=lambda b: -((b[2] - b[0]) * (b[3] - b[1])))


def _cut_to_barriers(rect: Rect, fx: float, fy: float, s: float,
                     barriers: list[tuple[int, int, int, int]], core: Rect | None = None,
                     presorted: bool = False) -> Rect:
    """Shrink a box so that it covers no text OCR read (a kept field beside the portrait),
    keeping the face inside: each offending word is cut off on the side that loses least of
    ``core`` (the photo itself, when known: a margin around it may go freely), else of the box.
    ``presorted``: the barriers are already in :func:`_by_size` order."""
    x0, y0, x1, y1 = rect
    gap = 1.0 + 0.02 * s     # OCR's word boxes are tight on the ink
    keep = core if core is not None else rect

    def loss(new: Rect) -> float:
        cur = (x0, y0, x1, y1)
        return _area(_intersect(cur, keep)) - _area(_intersect(new, keep)) + \
            1e-3 * (_area(cur) - _area(new))

    for b in (barriers if presorted else _by_size(barriers)):
        if not (b[0] < x1 and b[2] > x0 and b[1] < y1 and b[3] > y0):
            continue
        if b[0] < fx + 0.4 * s and b[2] > fx - 0.4 * s and b[1] < fy + 0.5 * s and b[3] > fy - 0.5 * s:
            continue   # over the face: not a kept field (OCR read the picture)
        cuts: list[Rect] = []
        if b[0] - gap >= fx + 0.45 * s:
            cuts.append((x0, y0, b[0] - gap, y1))
        if b[2] + gap <= fx - 0.45 * s:
            cuts.append((b[2] + gap, y0, x1, y1))
        if b[1] - gap >= fy + 0.6 * s:
            cuts.append((x0, y0, x1, b[1] - gap))
        if b[3] + gap <= fy - 0.55 * s:
            cuts.append((x0, b[3] + gap, x1, y1))
        if cuts:
            x0, y0, x1, y1 = min(cuts, key=loss)
    return x0, y0, x1, y1


def portrait_box(crop: np.ndarray, fx: float, fy: float, fs: float,
                 barriers: list[tuple[int, int, int, int]], reach: float = 3.8) -> PortraitBox:
    """The printed photo around a face at ``(fx, fy)`` of height ``fs`` (crop coordinates).

    Candidate sides are straight edges that run along most of the face's span; the box is
    the combination with photo proportions (``ASPECT``, ``FACE_SHARE``) and the most edge
    support that covers no text OCR read. Sides without an edge fall back to the widest
    plausible extent (then the box is not vouched for). The result is padded a little for
    the perspective of a phone photo.
    """
    s = float(fs)
    cand, tilt = _side_candidates(crop, fx, fy, s, reach, barriers)
    barr = np.asarray(barriers, float).reshape(-1, 4)
    by_size = _by_size(barriers)
    # a side with no edge counts as a weak one: a faint edge (a pale photo background on a
    # pale card) must not lose to a stronger line inside the picture (a collar, a shoulder),
    # and the completed side is placed generously
    none: list[tuple[float | None, float]] = [(None, 0.5)]
    opts = {k: [(float(p), c) for p, c in v] + none for k, v in cand.items()}
    best: tuple[float, Rect, int] | None = None
    slopes: dict[str, float] = {}
    for t, ct in opts["top"]:
        for b, cb in opts["bottom"]:
            if t is not None and b is not None:
                hh = b - t
                if not (FACE_SHARE[0] <= s / hh <= FACE_SHARE[1]):
                    continue
                if not (0.12 <= (fy - t) / hh <= 0.7):
                    continue
            for lft, cl in opts["left"]:
                for r, cr in opts["right"]:
                    found = sum(v is not None for v in (t, b, lft, r))
                    if found < 2:
                        continue
                    if lft is not None and r is not None:
                        ww = r - lft
                        if abs((lft + r) / 2 - fx) > 0.25 * ww:
                            continue
                        if t is not None and b is not None and not (ASPECT[0] <= ww / (b - t) <= ASPECT[1]):
                            continue
                    rect = _complete((t, b, lft, r), fx, fy, s)
                    if rect is not None and found < 4:
                        # a side placed without an edge stops before text OCR read
                        rect = _cut_to_barriers(rect, fx, fy, s, by_size, presorted=True)
                    if rect is None:
                        continue
                    # edge support first; between equals the larger box (fail safe)
                    score = ct + cb + cl + cr + 0.05 * (rect[3] - rect[1]) / s
                    # (whether a box covers text is asked only of one that would be the best)
                    if (best is None or score > best[0] + 1e-6 or
                            (abs(score - best[0]) < 1e-6 and _area(rect) > _area(best[1]))) and \
                            not _overlaps(rect, barr):
                        strong = found == 4 and min(ct, cb, cl, cr) >= 0.5 and ct + cb + cl + cr >= 2.4
                        best = (score, rect, 4 if strong else min(found, 3))
                        slopes = {k: tilt.get(f"{k}{int(v)}", 0.0) if v is not None else 0.0
                                  for k, v in (("top", t), ("bottom", b), ("left", lft), ("right", r))}
    if best is None:
        rect = _complete((None, None, None, None), fx, fy, s)
        assert rect is not None
        sides = 0
    else:
        _sc, rect, sides = best
    x0, y0, x1, y1 = rect
    photo = rect
    pad_x, pad_y = 3.0 + 0.02 * (x1 - x0), 3.0 + 0.02 * (y1 - y0)
    quad = _quad((x0 - pad_x, y0 - pad_y, x1 + pad_x, y1 + pad_y), slopes, tilt.get("mx", fx), tilt.get("my", fy))
    x0, y0 = float(quad[:, 0].min()), float(quad[:, 1].min())
    x1, y1 = float(quad[:, 0].max()), float(quad[:, 1].max())
    rect = _cut_to_barriers((x0, y0, x1, y1), fx, fy, s, barriers, core=photo if sides else None)
    quad[:, 0] = np.clip(quad[:, 0], rect[0], rect[2])
    quad[:, 1] = np.clip(quad[:, 1], rect[1], rect[3])
    return PortraitBox(rect, sides == 4, sides, quad, photo)


def _quad(rect: Rect, slopes: dict[str, float], mx: float, my: float) -> np.ndarray:
    """The four corners (TL, TR, BR, BL) of the photo whose sides pass through the edges of
    ``rect`` at the strips' middles with the slopes found (a photo seen at an angle is no
    rectangle in the upright view)."""
    x0, y0, x1, y1 = rect
    kl, kr = slopes.get("left", 0.0), slopes.get("right", 0.0)
    kt, kb = slopes.get("top", 0.0), slopes.get("bottom", 0.0)

    def corner(xv: float, kv: float, yh: float, kh: float) -> tuple[float, float]:
        # x = xv + kv (y - my);  y = yh + kh (x - mx)
        d = 1.0 - kv * kh
        x = (xv + kv * (yh - kh * mx - my)) / d if abs(d) > 1e-6 else xv
        return x, yh + kh * (x - mx)

    return np.array([corner(x0, kl, y0, kt), corner(x1, kr, y0, kt),
                     corner(x1, kr, y1, kb), corner(x0, kl, y1, kb)], float)


def _area(r: Rect) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _intersect(a: Rect, b: Rect) -> Rect:
    return max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])


def _complete(sides: tuple[float | None, float | None, float | None, float | None],
              fx: float, fy: float, s: float) -> Rect | None:
    """A full rectangle from the sides found; missing sides at the widest plausible place
    given the others (photo proportions) or, with nothing to go on, around the face."""
    t, b, lft, r = sides
    # height: from the two horizontal sides, else from the width, else from the face
    if t is not None and b is not None:
        hh = b - t
    elif lft is not None and r is not None:
        hh = (r - lft) / ASPECT[0]
    else:
        hh = None
    if t is None and b is None:
        hmax = hh if hh is not None else s / FACE_SHARE[0] * 0.6
        t, b = fy - 0.5 * hmax, fy + 0.65 * hmax
        t = min(t, fy - 1.2 * s)
        b = max(b, fy + 1.6 * s)
    elif t is None:
        assert b is not None
        hmax = hh if hh is not None else (b - fy) / 0.3
        t = min(b - hmax, fy - 1.2 * s) if hh is None else b - hh
        t = max(t, fy - 3.0 * s)
    elif b is None:
        hmax = hh if hh is not None else (fy - t) / 0.3
        b = t + hmax if hh is not None else max(t + min(hmax, 6.0 * s), fy + 1.6 * s)
    hh = b - t
    # a portrait's face is about centred across the photo
    if lft is None and r is None:
        ww = ASPECT[1] * hh
        lft, r = fx - 0.5 * ww, fx + 0.5 * ww
    elif lft is None:
        assert r is not None
        lft = min(r - ASPECT[1] * hh, 2 * fx - r)
    elif r is None:
        # the data sit right of a portrait: here the narrower guess (the box grows up to the
        # text beside it later)
        r = max(lft + ASPECT[0] * hh, 2 * fx - lft)
    if not (lft < fx < r and t < fy < b):
        return None
    return lft, t, r, b


def portrait_rect(crop: np.ndarray, fx: float, fy: float, fs: float,
                  barriers: list[tuple[int, int, int, int]]) -> Rect:
    """The portrait's rectangle around a face (crop coordinates, upright); see ``portrait_box``."""
    return portrait_box(crop, fx, fy, fs, barriers).rect


# --------------------------------------------------------------------------- ghost portrait
@dataclass
class GhostMatch:
    rect: Rect            # crop coordinates
    score: float          # normalised cross-correlation with the main portrait
    rival: Rect | None = None   # another place that matches nearly as well


GHOST_SCALES = tuple(round(0.28 + 0.025 * i, 3) for i in range(23))   # 0.28 .. 0.83 of the portrait
GHOST_MIN_SCORE = 0.45


def ghost_by_template(crop: np.ndarray, main: Rect, barriers: list[tuple[int, int, int, int]],
                      exclude: list[Rect] | None = None, zone: Rect | None = None,
                      covered: np.ndarray | None = None, min_score: float = 0.0) -> GhostMatch | None:
    """The ghost portrait as a smaller copy of the main portrait (``main``, crop coordinates)
    elsewhere in ``crop``. Works on local-contrast-normalised grey levels at a scale where
    the portrait is some 72 px high; returns the best match above ``GHOST_MIN_SCORE`` (or
    ``min_score`` when higher). ``covered``: a mask of ``crop`` of what is blacked out; the
    portrait is still taken whole, and what is covered is searched as blank paper (what a
    cover leaves of a copy)."""
    import cv2

    g = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY) if crop.ndim == 3 else crop.copy()
    H, W = g.shape
    x0, y0, x1, y1 = (int(round(v)) for v in main)
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
    if x1 - x0 < 12 or y1 - y0 < 16:
        return None
    # the template: the photo without the pad, at a scale where it is about 72 px high
    ph = y1 - y0
    z = min(1.0, 72.0 / ph)
    small = np.asarray(cv2.GaussianBlur(cv2.resize(g, None, fx=z, fy=z, interpolation=cv2.INTER_AREA)
                                        .astype(np.float32), (3, 3), 0), np.float32)
    # the middle of the box (the face and shoulders): surely picture, whatever margin of
    # card the box took around the photo
    padx, pady = int(round(0.2 * (x1 - x0) * z)), int(round(0.15 * ph * z))
    tx0, ty0 = int(x0 * z) + padx, int(y0 * z) + pady
    tx1, ty1 = int(x1 * z) - padx, int(y1 * z) - pady
    tmpl = small[ty0:ty1, tx0:tx1]
    if tmpl.shape[0] < 12 or tmpl.shape[1] < 9 or float(tmpl.std()) < 4:
        return None
    search = small.copy()
    fill = float(np.median(search))
    if covered is not None:
        gone = cv2.resize(covered.astype(np.uint8), (search.shape[1], search.shape[0]),
                          interpolation=cv2.INTER_NEAREST) > 0
        if not gone.all():
            fill = float(np.median(search[~gone]))
        search[gone] = fill
    search[int(y0 * z):int(y1 * z) + 1, int(x0 * z):int(x1 * z) + 1] = fill
    if zone is not None:   # only where the layout can put a ghost portrait
        zx0, zy0 = max(0, int(zone[0] * z)), max(0, int(zone[1] * z))
        zx1, zy1 = max(zx0, int(zone[2] * z)), max(zy0, int(zone[3] * z))
        keep = np.zeros(search.shape, bool)
        keep[zy0:zy1, zx0:zx1] = True
        search[~keep] = fill
    # text OCR read is no portrait: blank it so a line of letters cannot pass for one
    for r in list(exclude or []) + list(barriers):
        search[int(r[1] * z):int(r[3] * z) + 1, int(r[0] * z):int(r[2] * z) + 1] = fill
    best: tuple[float, Rect] | None = None
    maps = []
    for sc in GHOST_SCALES:
        th, tw = int(round(tmpl.shape[0] * sc)), int(round(tmpl.shape[1] * sc))
        if th < 10 or tw < 8 or th >= search.shape[0] or tw >= search.shape[1]:
            continue
        t = cv2.resize(tmpl, (tw, th), interpolation=cv2.INTER_AREA)
        res = cv2.matchTemplate(search, t, cv2.TM_CCOEFF_NORMED)
        maps.append((res, tw, th, sc))
        _mn, mx, _lmn, loc = cv2.minMaxLoc(res)
        if best is None or mx > best[0]:
            best = (float(mx), _whole(loc, tw, th, sc, padx, pady, z))
    if best is None or best[0] < max(GHOST_MIN_SCORE, min_score):
        return None
    rect = best[1]
    if _overlaps(rect, barriers, 0.2) or _area(_intersect(rect, (x0, y0, x1, y1))) > 0.2 * _area(rect):
        return None   # over text, or mostly the portrait itself
    # a match elsewhere nearly as good (a small template also fits a patch of background
    # print): which one is the ghost portrait is not known
    rival: tuple[float, Rect] | None = None
    bx0, by0, bx1, by1 = (v * z for v in rect)
    for res, tw, th, sc in maps:
        rm = res.copy()
        # every placement whose centre falls in the best match (grown by half) is the same one
        cx0, cx1 = int(bx0 - 0.5 * (bx1 - bx0) - tw / 2), int(bx1 + 0.5 * (bx1 - bx0) - tw / 2) + 1
        cy0, cy1 = int(by0 - 0.5 * (by1 - by0) - th / 2), int(by1 + 0.5 * (by1 - by0) - th / 2) + 1
        rm[max(0, cy0):max(0, cy1), max(0, cx0):max(0, cx1)] = -1.0
        _mn, mx, _lmn, loc = cv2.minMaxLoc(rm)
        if mx >= best[0] - GHOST_RIVAL and mx >= GHOST_MIN_SCORE and (rival is None or mx > rival[0]):
            cand = _whole(loc, tw, th, sc, padx, pady, z)
            if not _overlaps(cand, barriers, 0.2) and _area(_intersect(cand, (x0, y0, x1, y1))) <= 0.2 * _area(cand):
                rival = (float(mx), cand)
    return GhostMatch(rect, best[0], rival[1] if rival is not None else None)


# a second match within this much of the best makes the ghost portrait's place unsure
GHOST_RIVAL = 0.08


def _whole(loc: Sequence[int], tw: int, th: int, sc: float, padx: int, pady: int, z: float) -> Rect:
    """The whole ghost (crop coordinates) of a template placed at ``loc`` (scaled view): the
    matched template plus the part the pad left out."""
    gx, gy = padx * sc, pady * sc
    return (loc[0] - gx) / z, (loc[1] - gy) / z, (loc[0] + tw + gx) / z, (loc[1] + th + gy) / z


def _ghost_search(crop: np.ndarray, fr: Frame, main: Face, barriers: list[tuple[int, int, int, int]]) -> Face | None:
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


# --------------------------------------------------------------------------- the cover
# Where the printed photo can be, from the face alone (ICAO 9303 / ISO 19794-5 proportions,
# with margins): a detector's face box (brow to chin) takes 36-85 % of the photo's height
# (the head, chin to crown, 50-80 %; looser prints go down to a third), the face's centre
# lies 33-58 % of the height from the photo's top and 40-60 % across, and the photo is at
# most 0.81 as wide as high. The envelope is the union of every such photo, in face heights
# from the face's centre: left, top, right, bottom.
ENVELOPE = (1.35, 1.62, 1.35, 1.88)
# The most a document's upright lines lean in an upright view of it (dx/dy): a card seen at
# an angle shears its photo by up to this much
MAX_LEAN = 0.25
# the part of the picture that is surely photo whatever its proportions (never cut back)
FACE_CORE = (0.5, 0.65, 0.5, 0.8)


@dataclass
class Cover:
    """What to black out for one portrait (crop coordinates): one or more polygons, their
    bounding box, the photo itself as best known (for the ghost search), and whether the
    evidence agrees (else the page is flagged)."""

    polygons: list[np.ndarray]
    rect: Rect
    photo: Rect
    vouched: bool
    lean: float = 0.0     # dx/dy of the document's upright lines here (a card seen at an angle)
    sides: bool = False   # the photo's own sides found, agreeing with the rest (``photo`` is it)


def envelope(fx: float, fy: float, s: float) -> Rect:
    """Every place a photo around a face of height ``s`` at ``(fx, fy)`` can reach."""
    el, et, er, eb = ENVELOPE
    return fx - el * s, fy - et * s, fx + er * s, fy + eb * s


def rect_inside(inner: Rect, outer: Rect, tol: float = 0.0) -> bool:
    """Whether ``inner`` lies within ``outer`` (each ``(x0, y0, x1, y1)``), ``tol`` to spare."""
    return (inner[0] >= outer[0] - tol and inner[1] >= outer[1] - tol
            and inner[2] <= outer[2] + tol and inner[3] <= outer[3] + tol)


def text_column(barriers: list[tuple[int, int, int, int]], x_from: float, y0: float, y1: float,
                reach: float, slope: float | None = None) -> tuple[float, float, float] | None:
    """The left edge of the text column right of ``x_from`` (ICAO layouts print the data
    left-aligned beside the portrait) over the rows ``y0..y1``, as a line ``x = a + k (y - m)``:
    ``(a, k, m)``; None when no text was read there. A slope only from words on several rows
    (a card seen at an angle), never steeper than about 3 degrees."""
    words = [b for b in barriers if x_from <= b[0] <= x_from + reach and b[3] > y0 and b[1] < y1]
    if not words:
        return None
    left = min(b[0] for b in words)
    col = [b for b in words if b[0] <= left + 0.08 * reach]
    ys = np.array([(b[1] + b[3]) / 2 for b in col], float)
    xs = np.array([b[0] for b in col], float)
    m = float(ys.mean())
    if slope is not None:
        k = slope
    elif len(col) >= 2 and float(ys.max() - ys.min()) > 0.1 * (y1 - y0):
        k = float(np.clip(np.polyfit(ys, xs, 1)[0], -0.06, 0.06))
    else:
        k = 0.0
    # the line through the leftmost word with that slope: nothing of the column left of it
    a = float(min(x - k * (y - m) for x, y in zip(xs, ys, strict=True)))
    return a, k, m


# Words of a data column that must start on one upright line (within COLUMN_TOL face
# heights) for the column to give the document's upright
COLUMN_WORDS = 4
COLUMN_TOL = 0.04


def column_lean(barriers: list[tuple[int, int, int, int]], x_from: float, y0: float, y1: float,
                reach: float) -> float | None:
    """``dx/dy`` of the left edge of a text column right of ``x_from`` over the rows
    ``y0..y1`` (ICAO layouts print the data left-aligned): the line through the left ends
    of the words that start it, when ``COLUMN_WORDS`` or more on rows spread over half the
    span start on it (each within ``COLUMN_TOL`` of the span from it); None otherwise."""
    words = [b for b in barriers if x_from <= b[0] <= x_from + reach and b[3] > y0 and b[1] < y1]
    if len(words) < COLUMN_WORDS:
        return None
    span = y1 - y0
    # the column: the most words starting within a narrow band (a header line above the
    # photo, a word further right in a row, start elsewhere)
    col = max(([b for b in words if c[0] <= b[0] <= c[0] + COLUMN_TOL * span] for c in words), key=len)
    if len(col) < COLUMN_WORDS:
        return None
    ys = np.array([(b[1] + b[3]) / 2 for b in col], float)
    xs = np.array([b[0] for b in col], float)
    if float(ys.max() - ys.min()) < 0.5 * span:
        return None
    k, a = np.polyfit(ys, xs, 1)
    if float(np.abs(xs - (k * ys + a)).max()) > COLUMN_TOL * span:
        return None   # ragged: not one column
    return float(k)


def notched_cover(shape: tuple[int, int], region: np.ndarray, barriers: list[tuple[int, int, int, int]],
                  core: Rect | None, gap: float,
                  column: tuple[float, float, float] | None = None) -> np.ndarray:
    """Mask of ``region`` (a polygon, crop coordinates) less every text box OCR read (grown
    by ``gap``) and everything right of the text ``column`` line; ``core`` stays covered
    whatever the text says (a word read inside a picture is no kept field). Only the part
    connected to the core (or the largest part) is kept."""
    import cv2

    h, w = shape
    m = np.zeros((h, w), np.uint8)
    cv2.fillPoly(m, [np.round(region).astype(np.int32)], 1)
    for b in barriers:
        x0, y0 = int(max(0, b[0] - gap)), int(max(0, b[1] - gap))
        x1, y1 = int(min(w, b[2] + gap + 1)), int(min(h, b[3] + gap + 1))
        if x1 > x0 and y1 > y0:
            m[y0:y1, x0:x1] = 0
    if column is not None:
        a, k, mid = column
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        m[xx > a + k * (yy - mid) - gap] = 0
    if core is not None:
        x0, y0, x1, y1 = (int(round(v)) for v in core)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 > x0 and y1 > y0:
            m[y0:y1, x0:x1] = 1
    n, lab, stats, _c = cv2.connectedComponentsWithStats(m, connectivity=4)
    if n <= 2:
        return m
    if core is not None:
        cx, cy = int(np.clip((core[0] + core[2]) / 2, 0, w - 1)), int(np.clip((core[1] + core[3]) / 2, 0, h - 1))
        keep = int(lab[cy, cx])
    else:
        keep = 0
    if keep == 0:
        keep = 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))
    out: np.ndarray = (lab == keep).astype(np.uint8)
    return out


def mask_polygons(m: np.ndarray, holes: bool = False) -> list[np.ndarray]:
    """Outlines of a mask (crop coordinates), each a polygon of pixel corners that covers
    its pixels (a pixel's square, not its centre). A polygon has no holes: a part of the
    mask left out inside it (a line of text amid a cover) is blacked out with it, unless
    ``holes``: then the mask is cut into pieces that have none (bands between the rows
    where the holes start and end), so what it leaves out stays visible."""
    import cv2

    if not m.any():
        return []
    pieces = _hole_free(m) if holes else [m]
    out: list[np.ndarray] = []
    for piece in pieces:
        big = cv2.dilate(piece, np.ones((2, 2), np.uint8), anchor=(0, 0))
        contours, _h = cv2.findContours(big, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        out += [c.reshape(-1, 2).astype(float) for c in contours if len(c) >= 3]
    return out


def _hole_free(m: np.ndarray) -> list[np.ndarray]:
    """A mask as pieces without holes: cut into bands of rows at the first and past the
    last row of every hole (within a band, each hole spans every row and so opens onto the
    band's top: it is a notch, not a hole). A piece that still has one (never expected) is
    given whole, its hole blacked out with it."""
    import cv2

    m = (m > 0).astype(np.uint8)
    contours, hier = cv2.findContours(m, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    if hier is None:
        return [m]
    inner = [c for c, h in zip(contours, hier[0], strict=True) if h[3] >= 0]
    if not inner:
        return [m]
    h = m.shape[0]
    cuts = {0, h}
    for c in inner:
        ys = c.reshape(-1, 2)[:, 1]
        # the hole's rows lie strictly between its outline's rows (the outline is mask)
        cuts.update((int(ys.min()) + 1, int(ys.max())))
    rows = sorted(v for v in cuts if 0 <= v <= h)
    out: list[np.ndarray] = []
    for a, b in pairwise(rows):
        if b <= a:
            continue
        band = np.zeros_like(m)
        band[a:b] = m[a:b]
        if not band.any():
            continue
        _c, hb = cv2.findContours(band, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
        if hb is not None and bool((hb[0][:, 3] >= 0).any()):
            band = m.copy()
            band[:a] = 0
            band[b:] = 0
            # fail safe: a band that still holds a hole is covered whole, hole and all
            ext, _hh = cv2.findContours(band, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            band = np.zeros_like(m)
            cv2.drawContours(band, ext, -1, 1, thickness=-1)
        out.append(band)
    return out


def portrait_cover(crop: np.ndarray, fx: float, fy: float, fs: float,
                   barriers: list[tuple[int, int, int, int]], bounds: Rect | None = None,
                   reach: float = 3.8, holes: bool = False, held_leaning: bool = True) -> Cover:
    """What to black out for the portrait around a face at ``(fx, fy)`` of height ``fs``.

    Three kinds of evidence: the photo's straight sides (``portrait_box``), the envelope of
    every ICAO photo around the face (``envelope``) and the document's extent (``bounds``,
    from the card's outline or the MRZ). When the sides are clear, within the envelope and
    the document, the photo (padded) is covered and vouched for. Otherwise the union of
    the envelope and whatever sides were found is covered within the document, and not
    vouched for. Either way nothing is covered across text that OCR read (the kept fields
    beside the portrait): the text boxes are left out, and so is everything right of the
    left edge of the text column beside the photo. ``reach``: how far from the face (in face
    heights) the photo's sides are looked for (less for a ghost portrait's small print).
    ``holes``: the words read inside the cover, not only at its edges, stay visible (a ghost
    portrait's envelope, far larger than the faint copy, often holds a whole field).
    ``held_leaning``: where the document's lean is not measured, the envelope is held leaning
    either way (``MAX_LEAN``) and then vouched for; else it is held upright and not vouched
    for (a ghost portrait's envelope, sheared, reaches into the fields beside it).
    """
    import cv2

    s = float(fs)
    h, w = crop.shape[:2]
    box = portrait_box(crop, fx, fy, s, barriers, reach=reach)
    env = envelope(fx, fy, s)
    photo = box.photo if box.photo is not None else box.rect
    # a looser print than the envelope allows (a half-length picture) is still a photo when
    # its four sides are clear: the envelope of a face taking a fifth of the photo
    loose = (fx - 2.4 * s, fy - 2.9 * s, fx + 2.4 * s, fy + 3.6 * s)
    agree = box.vouched and box.quad is not None and rect_inside(photo, loose) and \
        (bounds is None or rect_inside(photo, bounds, 0.1 * s))
    # the document's upright lines near the face: a card seen at an angle is sheared in an
    # upright view, and so is its photo (``lean``: dx/dy; None when no such line was seen)
    a_v = axis_residual(crop, fx, fy, s, vertical=True)
    raw_lean = None if a_v is None else -float(np.tan(np.radians(a_v)))
    if raw_lean is None:
        # no straight upright line near the face (a photo fading into the card, a card
        # edge on a pale lid): the left edge of the data column beside it, when OCR read
        # enough of its lines, is the document's upright too
        raw_lean = column_lean([b for b in barriers if b[0] > fx + 0.5 * s], fx + 0.5 * s,
                               fy - 1.5 * s, fy + 2.5 * s, 2.5 * s)
    lean = 0.0 if raw_lean is None else float(np.clip(raw_lean, -MAX_LEAN, MAX_LEAN))
    # the cover: the envelope (upright, and leaning with the document), and the photo its
    # sides show when they are clear (a looser print), within the document
    ex0, ey0, ex1, ey1 = env
    pts = [[ex0, ey0], [ex1, ey0], [ex1, ey1], [ex0, ey1]]
    # (where no upright line says how the document lies, the envelope is held leaning either
    # way as far as a lean is believed: a photo sheared an unknown way is still inside)
    leans = (lean,) if raw_lean is not None or not held_leaning else (-MAX_LEAN, MAX_LEAN)
    pts += [[x + k * (y - fy), y] for k in leans for x, y in pts]
    if agree and box.quad is not None:
        pts += box.quad.tolist()
    hull = cv2.convexHull(np.asarray(pts, np.float32)).reshape(-1, 2).astype(float)
    x0, y0 = float(hull[:, 0].min()), float(hull[:, 1].min())
    x1, y1 = float(hull[:, 0].max()), float(hull[:, 1].max())
    if bounds is not None:
        x0, y0 = max(x0, min(bounds[0], fx - s)), max(y0, min(bounds[1], fy - s))
        x1, y1 = min(x1, max(bounds[2], fx + s)), min(y1, max(bounds[3], fy + s))
    region = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)
    cl, ct, cr, cb = FACE_CORE
    core = (fx - cl * s, fy - ct * s, fx + cr * s, fy + cb * s)
    # text read inside the photo (the picture misread) is no kept field
    read = [b for b in barriers if not (b[0] < core[2] and b[2] > core[0] and b[1] < core[3] and b[3] > core[1])]
    gap = 2.0 + 0.03 * s
    ink = ink_column(crop, fx, fy, s, core[2], lean)
    clip = np.zeros((h, w), np.uint8)
    cv2.fillPoly(clip, [np.round(region).astype(np.int32)], 1)

    def notched(sides: bool) -> tuple[list[tuple[int, int, int, int]], tuple[float, float, float] | None,
                                      tuple[float, float, float] | None, np.ndarray]:
        """The text to spare, the data column (OCR's; the ink's where it starts further
        left, unless the photo's sides say the picture runs past it) and the cover, with
        the photo's sides trusted (``sides``) or not."""
        text = read
        if sides:
            text = [b for b in text if not (b[0] >= photo[0] and b[2] <= photo[2] and b[1] >= photo[1] and b[3] <= photo[3])]
        # the data column: text beside the face (not the header above the photo)
        column = by_ocr = text_column(text, core[2], core[1], core[3], 2.5 * s, lean if lean else None)
        if ink is not None and (not sides or ink[0] >= photo[2]) and (column is None or ink[0] < column[0]):
            column = ink
        return text, by_ocr, column, notched_cover((h, w), hull, text, core, gap, column) & clip

    text, by_ocr, column, m = notched(agree)
    if agree and box.quad is not None:
        # the sides found and the text beside them must not contradict each other
        pm = np.zeros((h, w), np.uint8)
        cv2.fillPoly(pm, [np.round(_shrink_quad(box.quad, 3.0 + 0.02 * s)).astype(np.int32)], 1)
        if int((pm & (1 - m)).sum()) > 0.002 * max(1, int(pm.sum())):
            # they do: the sides are wrong (a line in the text taken for one), and the text
            # and the column of print they would have set aside are the data's again
            agree = False
            text, by_ocr, column, m = notched(False)
    ys, xs = np.nonzero(m)
    rect = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1)) if xs.size else env
    # without clear sides the cover is still vouched for when it holds every ICAO photo around
    # the face (the envelope, within the document) but for the words OCR read and what lies
    # right of the column they start (no photo runs under a kept field's words); a column
    # seen in the ink alone, or a part of the envelope cut off by text, proves nothing
    proof = None if by_ocr is None else (by_ocr[0] - 0.05 * s, by_ocr[1], by_ocr[2])
    # (the envelope as it leans: measured, or held both ways when it was not; a lean past what
    # is believed is no document's)
    enveloped = agree or (((raw_lean is None and held_leaning) or (raw_lean is not None and abs(raw_lean) < MAX_LEAN))
                          and (column is None or proof is not None) and holds_envelope(m, hull, bounds, text, gap, proof))
    return Cover(mask_polygons(m, holes=holes), rect, photo if agree else _typical_photo(fx, fy, s), enveloped, lean, agree)


def holds_envelope(m: np.ndarray, env: np.ndarray, bounds: Rect | None, text: list[tuple[int, int, int, int]],
                   gap: float, column: tuple[float, float, float] | None) -> bool:
    """Whether a cover mask holds the whole envelope (a polygon; within the document's
    ``bounds``), less the text boxes (grown by ``gap``) and what lies right of the text
    ``column``."""
    import cv2

    h, w = m.shape
    need: np.ndarray = np.zeros((h, w), np.uint8)
    cv2.fillPoly(need, [np.round(env).astype(np.int32)], 1)
    if bounds is not None:
        clip = np.zeros((h, w), np.uint8)
        clip[max(0, int(np.ceil(bounds[1]))):max(0, int(bounds[3])), max(0, int(np.ceil(bounds[0]))):max(0, int(bounds[2]))] = 1
        need &= clip
    _ys, xs = np.nonzero(need)
    x0, y0 = env.min(0)
    x1, y1 = env.max(0)
    if bounds is not None:
        x0, y0, x1, y1 = max(x0, bounds[0]), max(y0, bounds[1]), min(x1, bounds[2]), min(y1, bounds[3])
    if x0 < 0 or y0 < 0 or x1 > w or y1 > h or not xs.size:
        return False   # the envelope leaves the view: what is beyond was never looked at
    need = cv2.erode(need, np.ones((3, 3), np.uint8))   # (rounding)
    for b in text:
        need[max(0, int(b[1] - gap - 1)):max(0, int(b[3] + gap + 2)), max(0, int(b[0] - gap - 1)):max(0, int(b[2] + gap + 2))] = 0
    if column is not None:
        a, k, mid = column
        yy = np.arange(h, dtype=np.float32)[:, None]
        xx = np.arange(w, dtype=np.float32)[None, :]
        need[xx > a + k * (yy - mid) - gap - 1] = 0
    n = int(need.sum())
    missed = (need > 0) & ~(m > 0)
    return n > 0 and int(missed.sum()) <= 0.002 * n


def layout_cover(crop: np.ndarray, rect: Rect, barriers: list[tuple[int, int, int, int]],
                 portrait: bool, numbers_known: bool = True) -> list[np.ndarray]:
    """Polygons (crop coordinates) blacking out a layout zone where a portrait (``portrait``)
    or a ghost portrait must be when no face says where: the zone less the text OCR read and
    the lines of print in it, and for a portrait everything from the text column beside it
    on (OCR's or the ink's). A line of print no reading explains is spared only while the
    document's numbers are accounted for (``numbers_known``): else it may be the number no
    reading found (a passport number in a lighter ink, blurred), and it goes with the zone."""
    x0, y0, x1, y1 = rect
    hh = y1 - y0
    s = 0.45 * hh if portrait else 0.25 * hh   # about a face height of a portrait there
    text = list(barriers)
    column = None
    if portrait:
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        x_from = x0 + 0.55 * (x1 - x0)
        lean = side_slope(crop, cx, cy, s)
        column = text_column(text, x_from, cy - 0.3 * hh, cy + 0.3 * hh, x1 - x_from + 2.5 * s,
                             lean if lean else None) or ink_column(crop, cx, cy, s, x_from, lean)
    else:
        # (looked for across the zone's sides too: a line the zone's edge cuts is found whole)
        wz = 0.5 * (x1 - x0)
        text += [ln for ln in ink_lines(crop, (x0 - wz, y0, x1 + wz, y1), s)
                 if numbers_known or _holds_word(ln, barriers)]
    region = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], float)
    m = notched_cover(crop.shape[:2], region, text, None, 2.0 + 0.01 * hh, column)
    # (a ghost portrait's zone keeps the lines of print inside it visible, not just those
    # at its edges: a faint ghost is no line of print, and no word OCR read)
    return mask_polygons(m, holes=not portrait)


def _holds_word(line: tuple[int, int, int, int], words: list[tuple[int, int, int, int]]) -> bool:
    """Does a line of print (a box) hold a word box, by the word's centre?"""
    x0, y0, x1, y1 = line
    return any(x0 <= (b[0] + b[2]) / 2 <= x1 and y0 <= (b[1] + b[3]) / 2 <= y1 for b in words)


def _shrink_quad(q: np.ndarray, d: float) -> np.ndarray:
    c = q.mean(axis=0)
    out: np.ndarray = c + (q - c) * np.maximum(0.0, 1 - d / np.maximum(1.0, np.abs(q - c)))
    return out


def _typical_photo(fx: float, fy: float, s: float) -> Rect:
    """An ICAO photo around a face when its sides are unknown (face 45 % of the height)."""
    hh = s / 0.45
    return fx - 0.39 * hh, fy - 0.47 * hh, fx + 0.39 * hh, fy + 0.53 * hh


def axis_residual(crop: np.ndarray, fx: float, fy: float, s: float, max_deg: float = 20.0,
                  vertical: bool | None = None) -> float | None:
    """How far (degrees) the document's axes are turned in ``crop`` around a face at
    ``(fx, fy)`` of height ``s``, from the long straight lines there (the photo's sides, the
    card's edges, rules): a head may be tilted in its photo and text lines may mislead, but
    these run along the document's axes (``vertical``: only the upright ones, or only the
    level ones). None when there are too few such lines."""

    h, w = crop.shape[:2]
    x0, x1 = int(max(0, fx - 2.0 * s)), int(min(w, fx + 4.0 * s))
    y0, y1 = int(max(0, fy - 2.2 * s)), int(min(h, fy + 2.6 * s))
    if x1 - x0 < 2 * s or y1 - y0 < 2 * s:
        return None
    lines = _straight_lines(crop[y0:y1, x0:x1], s)
    if lines is None:
        return None
    angs, lens = [], []
    for x_a, y_a, x_b, y_b in lines.reshape(-1, 4):
        ang = float(np.degrees(np.arctan2(y_b - y_a, x_b - x_a)))
        a = (ang + 45.0) % 90.0 - 45.0      # from the nearer axis
        if abs(a) <= max_deg and (vertical is None or vertical == (abs(abs(ang) - 90.0) < 45.0)):
            angs.append(a)
            lens.append(float(np.hypot(x_b - x_a, y_b - y_a)))
    if sum(lens) < (2.0 if vertical else 3.0) * s:
        return None
    order = np.argsort(angs)
    cum = np.cumsum(np.array(lens)[order])
    return float(np.array(angs)[order][int(np.searchsorted(cum, cum[-1] / 2))])


# The straight lines of the last few regions searched: a portrait's region is searched for
# them several times over (the view's lean both ways, the frame's turn, the photo's lean),
# each a Hough transform of some 0.1 CPU-s. Keyed by the region's pixels (a digest, in
# memory only) and the face height; only line end points are kept, never pixels.
_LINES_KEPT = 6
_lines_memo: dict[tuple[bytes, tuple[int, ...], int, int, int], np.ndarray | None] = {}
_lines_lock = threading.Lock()


def _straight_lines(region: np.ndarray, s: float) -> np.ndarray | None:
    """``cv2.HoughLinesP`` of a region's edges for lines of a face height ``s`` or so."""
    import cv2

    region = np.ascontiguousarray(region)
    params = (int(0.5 * s), int(0.9 * s), int(2 + 0.06 * s))
    key = (hashlib.blake2b(region.data, digest_size=16).digest(), region.shape, *params)
    with _lines_lock:
        if key in _lines_memo:
            return _lines_memo[key]
    g = cv2.cvtColor(region, cv2.COLOR_BGR2GRAY) if region.ndim == 3 else region
    edges = cv2.Canny(cv2.GaussianBlur(g, (3, 3), 0), 30, 90)
    lines = cv2.HoughLinesP(edges, 1, np.pi / 720, threshold=params[0], minLineLength=params[1],
                            maxLineGap=params[2])
    with _lines_lock:
        while len(_lines_memo) >= _LINES_KEPT:
            del _lines_memo[next(iter(_lines_memo))]
        _lines_memo[key] = lines
    return lines


def side_slope(crop: np.ndarray, fx: float, fy: float, s: float) -> float:
    """``dx/dy`` of the document's upright lines (the photo's sides, the card's edge) near a
    face: a card seen at an angle is sheared in an upright view, and the text column beside
    the photo leans with it. 0 when no such lines are found."""
    a = axis_residual(crop, fx, fy, s, vertical=True)
    # a near-vertical line at ``a`` degrees from the vertical axis (clockwise in the image)
    return 0.0 if a is None else float(np.clip(-np.tan(np.radians(a)), -0.25, 0.25))


def ink_lines(crop: np.ndarray, rect: Rect, s: float) -> list[tuple[int, int, int, int]]:
    """Boxes (crop coordinates) of lines of dark print within ``rect``: thin dark strokes
    merged along the line, some 0.05-0.4 ``s`` high and at least twice as long (``s``: a
    face height, about six text heights). A faint ghost portrait and the pale lines of a
    security background are not dark enough."""
    import cv2

    h, w = crop.shape[:2]
    x0, y0 = int(max(0, rect[0])), int(max(0, rect[1]))
    x1, y1 = int(min(w, rect[2])), int(min(h, rect[3]))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return []
    g = crop[y0:y1, x0:x1]
    g = cv2.cvtColor(g, cv2.COLOR_BGR2GRAY) if g.ndim == 3 else g
    k = max(3, int(0.25 * s) | 1)
    bh = cv2.morphologyEx(g, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    # ink, not the fine pale lines of a security background
    thr = max(20.0, float(quantile.percentile(bh, 90)), 0.4 * float(quantile.percentile(bh, 99.5)))
    bw = cv2.morphologyEx((bh > thr).astype(np.uint8), cv2.MORPH_CLOSE,
                          cv2.getStructuringElement(cv2.MORPH_RECT, (max(3, int(0.12 * s)), 1)))
    n, _lab, st, _c = cv2.connectedComponentsWithStats(bw, connectivity=8)
    out: list[tuple[int, int, int, int]] = []
    for i in range(1, n):
        bx, by, bwid, bht = (int(v) for v in st[i, :4])
        if 0.05 * s <= bht <= 0.4 * s and bwid >= 0.25 * s and bwid >= 2 * bht and bx > 1:
            out.append((x0 + bx, y0 + by, x0 + bx + bwid, y0 + by + bht))
    return out


def ink_column(crop: np.ndarray, fx: float, fy: float, s: float, x_from: float,
               slope: float = 0.0) -> tuple[float, float, float] | None:
    """The left edge of the text column right of a portrait from the ink alone (blurred or
    glaring text OCR cannot read): dark, thin strokes merged into lines of text height, at
    least three of them left-aligned on different rows (names, dates and their labels are
    printed flush left beside the portrait; nothing in a picture lines up like that).
    Returns ``(a, k, m)`` as ``text_column`` does, or None."""

    h, w = crop.shape[:2]
    x0, x1 = int(max(0, x_from)), int(min(w, fx + 3.0 * s))
    y0, y1 = int(max(0, fy - 1.0 * s)), int(min(h, fy + 1.3 * s))
    if x1 - x0 < 0.5 * s or y1 - y0 < s:
        return None
    blobs = [(float(b[0]), (b[1] + b[3]) / 2) for b in ink_lines(crop, (x0, y0, x1, y1), s)]
    best: tuple[float, float, float] | None = None
    tol = 0.12 * s
    mid = (y0 + y1) / 2
    blobs = [(x - slope * (y - mid), y) for x, y in blobs]   # straightened
    for left, _y0 in sorted(blobs):
        group = [(x + slope * (y - mid), y) for x, y in blobs if abs(x - left) <= tol]
        rows = sorted(y for _x, y in group)
        distinct = 1 + sum(1 for a, b in pairwise(rows) if b - a > 0.08 * s)
        if distinct >= 3:
            xs = np.array([x for x, _y in group], float)
            ys = np.array([y for _x, y in group], float)
            m = float(ys.mean())
            # the line through the leftmost with the document's slope (labels and values of
            # different sizes do not give a slope worth trusting)
            best = (float(min(x - slope * (y - m) for x, y in zip(xs, ys, strict=True))), slope, m)
            break
    return best
