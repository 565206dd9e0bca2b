"""Rectify a document from its outline: a perspective view of the card, upright and flat.

A phone photo tilts a card: its text lines converge and its letters shrink towards the far
side, and Tesseract reads such text poorly even after the in-plane rotation is undone. The
card's outline is a quadrilateral on the page; the homography from it onto a rectangle of the
card's proportions gives a view in which every text line is straight and level. OCR reads that
view, and the boxes it finds go back to the page through the inverse transform.

:class:`Warp` offers the methods of :class:`~studio_dsar.core.redaction.geometry.Frame` that
the reading and the self-check use (``crop``, ``to_page``, ``from_page``, ``rect_to_page``,
``polygon``, ``contains_page_point``, ``size``, ``angle``, ``z``), so a rectified view can take
the place of a rotated crop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

from .geometry import angle_diff, shrunk_part
from .layout import Outlines, outlines

ID1_ASPECT = 85.6 / 54.0     # TD1 card (ISO/IEC 7810 ID-1)
TD3_ASPECT = 125.0 / 88.0    # passport data page
ASPECTS = (ID1_ASPECT, TD3_ASPECT)


@dataclass
class Warp:
    """A rectified view of a quadrilateral of the page.

    ``h`` maps view pixels to page pixels (3 x 3 homography); the view is ``width`` x
    ``height`` pixels; ``angle`` is the page direction of the view's x axis at its centre
    (degrees) and ``z`` the view pixels per page pixel, on average.
    """

    h: np.ndarray
    width: int
    height: int
    angle: float
    z: float

    @property
    def size(self) -> tuple[int, int]:
        return (self.width, self.height)

    def to_page(self, pts: ArrayLike) -> np.ndarray:
        return _apply(self.h, pts)

    def from_page(self, pts: ArrayLike) -> np.ndarray:
        return _apply(np.linalg.inv(self.h), pts)

    def rect_to_page(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        return self.to_page([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])

    def polygon(self) -> np.ndarray:
        return self.rect_to_page(0, 0, self.width, self.height)

    def contains_page_point(self, x: float, y: float) -> bool:
        u, v = self.from_page([[x, y]])[0]
        return bool(0 <= u <= self.width and 0 <= v <= self.height)

    def crop(self, img: np.ndarray, border: int = 255) -> np.ndarray:
        import cv2

        h = self.h
        if self.z < 0.8:
            # warps have no area interpolation: shrink first, so fine print is averaged
            # rather than sampled (the page pixels scale by z, the view does not change)
            h = np.diag([self.z, self.z, 1.0]) @ h
            q = np.array([[0, 0, 1], [self.width, 0, 1], [self.width, self.height, 1], [0, self.height, 1]],
                         float) @ h.T
            # (a view whose corners all lie before the horizon maps inside their hull)
            part = bool(np.all(q[:, 2] > 0))
            img = shrunk_part(img, self.z, q[:, :2] / q[:, 2:3]) if part else \
                cv2.resize(img, None, fx=self.z, fy=self.z, interpolation=cv2.INTER_AREA)
        bv: Any = (border,) * 3 if img.ndim == 3 else border
        out: np.ndarray = cv2.warpPerspective(img, h, (self.width, self.height),
                                              flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                              borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
        return out


def turned(w: Warp) -> Warp:
    """The same view turned 180 degrees (a card whose reading direction is not known)."""
    t = np.array([[-1.0, 0.0, w.width], [0.0, -1.0, w.height], [0.0, 0.0, 1.0]])
    return Warp(w.h @ t, w.width, w.height, w.angle + 180.0, w.z)


def legibility(words: list[Any]) -> float:
    """How much of an OCR reading is confident text (characters of words read with
    confidence 60 or more): of two readings of a view, the one the right way up scores far
    higher."""
    return float(sum(len(w.text) for w in words if w.conf >= 60 and len(w.text) >= 3))


def _apply(h: np.ndarray, pts: ArrayLike) -> np.ndarray:
    p = np.asarray(pts, float).reshape(-1, 2)
    q = np.hstack([p, np.ones((len(p), 1))]) @ h.T
    out: np.ndarray = q[:, :2] / q[:, 2:3]
    return out


def order_corners(quad: ArrayLike, angle: float) -> np.ndarray:
    """The corners of a quadrilateral as TL, TR, BR, BL of the document read along ``angle``
    (the page direction of its text lines, degrees): the long side nearest that direction
    becomes the top edge's direction. (A card is read along its long side.)"""
    q = np.asarray(quad, float).reshape(4, 2)
    # clockwise on screen (y down): sort by the angle around the centre
    c = q.mean(0)
    q = q[np.argsort(np.arctan2(q[:, 1] - c[1], q[:, 0] - c[0]))]
    best, best_d = 0, 1e9
    for i in range(4):
        a, b = q[i], q[(i + 1) % 4]
        side = math.hypot(*(b - a))
        other = math.hypot(*(q[(i + 2) % 4] - b))
        d = angle_diff(math.degrees(math.atan2(b[1] - a[1], b[0] - a[0])), angle)
        if side >= 0.9 * other and d < best_d:
            best, best_d = i, d
    return np.roll(q, -best, axis=0)


def side_lengths(quad: np.ndarray) -> tuple[float, float]:
    """Mean length of the top/bottom and of the left/right sides."""
    s = [math.hypot(*(quad[(i + 1) % 4] - quad[i])) for i in range(4)]
    return (s[0] + s[2]) / 2, (s[1] + s[3]) / 2


def warp_for(quad: ArrayLike, angle: float, target_width: float = 1400.0, max_zoom: float = 2.6,
             margin: float = 0.03, aspect: float | None = None) -> Warp:
    """A rectified view of a document outline ``quad`` (4 page points, any order), read
    along ``angle``: ``target_width`` pixels across (never more than ``max_zoom`` times the
    page's own pixels), with ``margin`` (a fraction of the width) of the page around it so
    that print at the very edge is whole. The view has the document's own proportions
    (``aspect``; by default the ID-1 or passport-page shape nearest the outline's)."""
    import cv2

    q = order_corners(quad, angle)
    wp, hp = side_lengths(q)
    if aspect is None:
        ratio = wp / max(1.0, hp)
        aspect = min(ASPECTS, key=lambda a: abs(math.log(ratio / a)))
    z = min(max_zoom, target_width / max(1.0, wp))
    w = wp * z
    hgt = w / aspect
    m = margin * w
    width, height = int(round(w + 2 * m)), int(round(hgt + 2 * m))
    dst = np.array([[m, m], [m + w, m], [m + w, m + hgt], [m, m + hgt]], np.float32)
    h = cv2.getPerspectiveTransform(dst, q.astype(np.float32))
    top = q[1] - q[0]
    return Warp(h, width, height, math.degrees(math.atan2(top[1], top[0])), float(z))


def find_quads(img: np.ndarray, min_share: float = 0.03, seen: Outlines | None = None) -> list[np.ndarray]:
    """Document outlines on the page as quadrilaterals (4 page points each), largest first.

    The outline of a card or a passport page is a closed contour in one of several masks (the
    edge map at two thresholds; what differs from the page's border colour, for a card on a
    scanner lid or a plain desk: ``layout.outlines``, or ``seen`` when already found); its
    convex hull, simplified, has four corners. Shapes far from a document's (side ratio
    outside 1.25-2.0 after allowing for perspective, corners far from right angles) are left
    out."""
    import cv2

    o = seen if seen is not None else outlines(img)
    s, g = o.s, o.g
    area = g.shape[0] * g.shape[1]
    found: list[tuple[float, np.ndarray]] = []
    for contours in o.contours:
        for c in contours:
            if len(c) < 4:
                continue
            hull = cv2.convexHull(c)
            ha = cv2.contourArea(hull)
            if not (min_share * area <= ha <= 0.9 * area):
                continue
            quad = _hull_quad(hull)
            if quad is None or cv2.contourArea(quad.astype(np.float32)) < 0.9 * ha:
                continue
            xs, ys = quad[:, 0], quad[:, 1]
            if xs.min() < 3 or ys.min() < 3 or xs.max() > g.shape[1] - 4 or ys.max() > g.shape[0] - 4:
                continue   # cut by the picture's edge: not the document's own outline
            if not _document_shaped(quad):
                continue
            found.append((ha, quad / s))
    found.sort(key=lambda t: -t[0])
    out: list[np.ndarray] = []
    for _a, q in found:
        c = q.mean(0)
        wq, hq = sorted(side_lengths(order_corners(q, 0.0)))[::-1]
        if any(math.hypot(*(c - k.mean(0))) < 0.25 * min(side_lengths(k)) for k in out):
            continue
        if any(cv2.pointPolygonTest(k.astype(np.float32), (float(c[0]), float(c[1])), False) > 0
               and cv2.contourArea(k.astype(np.float32)) > 1.5 * wq * hq for k in out):
            continue   # a part of a document already found (the portrait, a field)
        out.append(q)
    return out


def _hull_quad(hull: np.ndarray) -> np.ndarray | None:
    """Four corners of a convex hull: its simplification to four points, the corners then
    placed where the lines fitted to the four sides meet (rounded card corners cut off the
    simplified corners)."""
    import cv2

    peri = cv2.arcLength(hull, True)
    approx = None
    for eps in (0.015, 0.025, 0.04, 0.06):
        a = cv2.approxPolyDP(hull, eps * peri, True)
        if len(a) == 4:
            approx = a.reshape(4, 2).astype(float)
            break
        if len(a) < 4:
            break
    if approx is None:
        return None
    pts = hull.reshape(-1, 2).astype(float)
    lines = []
    for i in range(4):
        a, b = approx[i], approx[(i + 1) % 4]
        d = b - a
        n = math.hypot(*d)
        if n < 1:
            return None
        d /= n
        # hull points along the middle 80 % of this side, near the side
        rel = pts - a
        t = rel @ d
        off = np.abs(rel[:, 0] * d[1] - rel[:, 1] * d[0])
        sel = pts[(t > 0.1 * n) & (t < 0.9 * n) & (off < 0.03 * n + 2)]
        if len(sel) >= 2:
            vx, vy, x0, y0 = cv2.fitLine(sel.astype(np.float32), cv2.DIST_L2, 0, 0.01, 0.01).ravel()
            lines.append((np.array([x0, y0], float), np.array([vx, vy], float)))
        else:
            lines.append((a, d))
    out = []
    for i in range(4):
        p1, d1 = lines[i - 1]
        p2, d2 = lines[i]
        den = d1[0] * d2[1] - d1[1] * d2[0]
        if abs(den) < 1e-6:
            return None
        t = ((p2[0] - p1[0]) * d2[1] - (p2[1] - p1[1]) * d2[0]) / den
        out.append(p1 + t * d1)
    q = np.array(out)
    if np.abs(q - approx).max() > 0.15 * math.sqrt(cv2.contourArea(approx.astype(np.float32))):
        return approx
    return q


def _document_shaped(quad: np.ndarray) -> bool:
    """A card or passport page seen with some perspective: opposite sides of similar
    length, corners not far from right angles, long side 1.25-2.0 times the short."""
    s = [math.hypot(*(quad[(i + 1) % 4] - quad[i])) for i in range(4)]
    if min(s) < 10 or min(s[0], s[2]) < 0.6 * max(s[0], s[2]) or min(s[1], s[3]) < 0.6 * max(s[1], s[3]):
        return False
    for i in range(4):
        a, b, c = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = a - b, c - b
        cos = abs(float(u @ v)) / (math.hypot(*u) * math.hypot(*v))
        if cos > 0.5:   # more than 30 degrees from square
            return False
    long_, short = max(s[0] + s[2], s[1] + s[3]), min(s[0] + s[2], s[1] + s[3])
    return 1.25 <= long_ / short <= 2.25
