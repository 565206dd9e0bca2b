"""Portrait and ghost-portrait rectangles around a detected face."""

from __future__ import annotations

import numpy as np

from .faces import Face
from .geometry import Frame


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


