"""QR codes and barcodes (they may encode the document's data)."""

from __future__ import annotations

import math

import numpy as np

from .results import Finding


def find_codes(img: np.ndarray) -> list[Finding]:
    import cv2

    out: list[Finding] = []
    H, W = img.shape[:2]
    s = min(1.0, 1600 / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    try:
        ok, pts = cv2.QRCodeDetector().detectMulti(small)
        if ok and pts is not None:
            out += _code_findings(pts, s, (H, W))
    except cv2.error:
        pass
    try:
        det = cv2.barcode.BarcodeDetector()
        ok, pts = det.detect(small)
        if ok and pts is not None:
            out += _code_findings(pts, s, (H, W))
    except (cv2.error, AttributeError):
        pass
    for q in find_bars(img):
        if not any(_inside(q.mean(0), f.polygon) for f in out):
            out.append(Finding("barcode", q, "bars"))
    return out


def _code_findings(pts: np.ndarray, s: float, shape: tuple[int, int]) -> list[Finding]:
    """The code boxes a symbology detector placed on the image shrunk by ``s``, on the page
    and a little wider (a quiet zone); none that cannot be a printed code (``plausible_code``)."""
    out = []
    for p in pts:
        p = np.asarray(p, float).reshape(-1, 2) / s
        c = p.mean(0)
        if plausible_code(p, shape):
            out.append(Finding("barcode", c + (p - c) * 1.15, "barcode"))
    return out


# A code the symbology detectors place (without decoding it) is printed on the page: a box
# that runs this far (share of its area) off the page, or that takes in this share of the
# page or more, is the detector's misreading of a whole photographed document (seen on a
# passport page: a "barcode" larger than the photo, blacking out every field that stays).
CODE_OFF_PAGE = 0.1
CODE_PAGE_SHARE = 0.4


def plausible_code(poly: np.ndarray, shape: tuple[int, int]) -> bool:
    """Could a detector's code box be a code printed on the page (``CODE_OFF_PAGE``)?"""
    import cv2

    H, W = shape
    p = np.asarray(poly, np.float32).reshape(-1, 2)
    area = abs(float(cv2.contourArea(p)))
    if area <= 0:
        return False
    if area >= CODE_PAGE_SHARE * H * W:
        return False
    page = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32)
    inter, _pts = cv2.intersectConvexConvex(cv2.convexHull(p), page)
    return bool(inter >= (1.0 - CODE_OFF_PAGE) * area)


def _inside(pt: np.ndarray, poly: np.ndarray) -> bool:
    import cv2

    return cv2.pointPolygonTest(np.asarray(poly, np.float32), (float(pt[0]), float(pt[1])), False) >= 0


# A 1D barcode, as its bars show it whatever it encodes (a card back's fiscal code in Code 128,
# blurred, at a slant: the symbology detector reads none of them): a patch where the light
# changes strongly and in one direction only (structure-tensor coherence and energy), whose
# profile along that direction alternates many times, at a pitch small beside the bars' height,
# and that runs longer along it than across (a card's or a page's edge runs across it; a
# striped desk's stripes are as long as the patch).
BAR_COHERENCE = 0.85
BAR_ENERGY = 150.0
BAR_CROSSINGS = 30


def find_bars(img: np.ndarray) -> list[np.ndarray]:
    """Page polygons of the 1D barcodes on a page (see ``BAR_COHERENCE``)."""
    import cv2

    g = cv2.cvtColor(img, cv2.COLOR_BGR2GRAY) if img.ndim == 3 else img
    H, W = g.shape[:2]
    s = min(1.0, 1600 / max(H, W))
    if s < 1:
        g = cv2.resize(g, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    g = g.astype(np.float32)
    gx = cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3)
    jxx = cv2.GaussianBlur(gx * gx, (0, 0), 6.0)
    jyy = cv2.GaussianBlur(gy * gy, (0, 0), 6.0)
    jxy = cv2.GaussianBlur(gx * gy, (0, 0), 6.0)
    tr = jxx + jyy
    coh = np.sqrt((jxx - jyy) ** 2 + 4 * jxy ** 2) / (tr + 1e-6)
    m = ((coh > BAR_COHERENCE) & (tr > BAR_ENERGY ** 2)).astype(np.uint8)
    m = cv2.morphologyEx(m, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
    n, lab, st, _c = cv2.connectedComponentsWithStats(m)
    out = []
    for i in range(1, n):
        if st[i, 4] < 300:
            continue
        x, y, w, h = (int(v) for v in st[i, :4])
        sel = lab[y:y + h, x:x + w] == i
        sxx, syy, sxy = (float(j[y:y + h, x:x + w][sel].sum()) for j in (jxx, jyy, jxy))
        phi = 0.5 * math.atan2(2 * sxy, sxx - syy)   # the direction across the bars
        ys, xs = np.nonzero(sel)
        pts = np.stack([xs + x, ys + y], 1).astype(np.float64)
        u = np.array([math.cos(phi), math.sin(phi)])
        v = np.array([-u[1], u[0]])
        c = pts.mean(0)
        a, b = (pts - c) @ u, (pts - c) @ v
        along, across = float(a.max() - a.min()), float(b.max() - b.min())
        if across > 0.5 * along:
            continue
        ts = np.arange(a.min(), a.max(), 0.5)
        prof = np.zeros(ts.size, np.float32)
        for off in np.linspace(-across / 4, across / 4, 7):
            p = (c[None, :] + ts[:, None] * u[None, :] + off * v[None, :]).astype(np.float32)
            prof += np.asarray(cv2.remap(g, p[:, 0:1], p[:, 1:2], cv2.INTER_LINEAR)[:, 0], np.float32) / 7.0
        hp = prof - cv2.GaussianBlur(prof.reshape(-1, 1), (0, 0), 8).ravel()
        sgn = np.sign(hp[np.abs(hp) > 4])
        crossings = int((np.diff(sgn) != 0).sum())
        if crossings < BAR_CROSSINGS or along / crossings > 0.15 * across:
            continue
        # (the coherent patch stops short of the outer bars and of the bars' ends: padded)
        pa, pb = 0.06 * along + 8, 0.2 * across + 8
        a0, a1, b0, b1 = a.min() - pa, a.max() + pa, b.min() - pb, b.max() + pb
        q = np.array([c + u * aa + v * bb for aa, bb in ((a0, b0), (a1, b0), (a1, b1), (a0, b1))])
        out.append(q / s)
    return out


