"""Where ICAO 9303 documents put the portrait and the ghost portrait, and where the card is.

The zones are ranges that hold for ID-1 cards (TD1, 85.6 x 54 mm) and passport data pages
(TD3, 125 x 88 mm) of many countries, not the coordinates of one design, in fractions of the
document's width (``u``, along its reading direction) and height (``v``, downwards):

* TD1 front: the portrait in zone V, the left part of the card below the issuing state's
  name (on the cards we know it spans about u 0.03-0.35, v 0.18-0.80; the zone allows
  u 0-0.40, v 0.10-0.97);
* a card's ghost portrait: the right part (u 0.72-1.0, v 0.15-1.0);
* TD3 data page: the portrait left of the data, above the MRZ (``engine.td3_portrait_box``);
  the ghost portrait in the right part above the MRZ.

They are used only as a fail-safe: when no face is found where a portrait must be, or no ghost
portrait where a modern document has one, the zone (less the text OCR read or the ink shows in
and beside it, ``portraits.layout_cover``) is blacked out and the page is flagged for a person
to check. A card's outline also bounds the cover of a portrait found by its face.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from .geometry import Frame

ID1_ASPECT = 85.6 / 54.0
TD1_PORTRAIT = (0.0, 0.10, 0.40, 0.97)
TD1_GHOST = (0.72, 0.15, 1.0, 1.0)


@dataclass
class Card:
    """A card-shaped quadrilateral on the page: centre, angle of its long side, size (page px)."""

    cx: float
    cy: float
    angle: float
    width: float
    height: float

    def frame(self, flip: bool = False, margin: float = 0.04, target: float = 1150.0) -> Frame:
        """An upright view of the card (``flip``: turned 180 degrees), with a small margin."""
        a = self.angle + (180.0 if flip else 0.0)
        w, h = self.width * (1 + 2 * margin), self.height * (1 + 2 * margin)
        z = min(1.6, target / w)
        return Frame(self.cx, self.cy, a, -w / 2, w / 2, -h / 2, h / 2, z)

    def contains(self, x: float, y: float) -> bool:
        a = math.radians(self.angle)
        dx, dy = x - self.cx, y - self.cy
        u = dx * math.cos(a) + dy * math.sin(a)
        v = -dx * math.sin(a) + dy * math.cos(a)
        return abs(u) <= self.width / 2 and abs(v) <= self.height / 2


@dataclass
class Outlines:
    """What the outline searches (:func:`find_cards`, ``rectify.find_quads``) look at, found
    once per page: the page at a long side of 900 px or less (``s``: its scale), grey and
    blurred (``g``), its edge map (``edges``), and the contours of each mask a document's
    outline may close in (the edge map at two thresholds; what differs from the page's
    border colour, for a card on a scanner lid or a plain desk)."""

    s: float
    g: np.ndarray
    edges: np.ndarray
    contours: list[Any]


def outlines(img: np.ndarray) -> Outlines:
    import cv2

    H, W = img.shape[:2]
    s = min(1.0, 900.0 / max(H, W))
    small = cv2.resize(img, None, fx=s, fy=s, interpolation=cv2.INTER_AREA) if s < 1 else img
    g = cv2.cvtColor(small, cv2.COLOR_BGR2GRAY) if small.ndim == 3 else small
    g = cv2.GaussianBlur(g, (5, 5), 0)
    masks = []
    edge_maps = []
    for lo, hi in ((20, 60), (40, 120)):
        edges = cv2.Canny(g, lo, hi)
        edge_maps.append(edges)
        masks.append((cv2.morphologyEx(edges, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8)), cv2.RETR_LIST))
    # what differs from the page's border colour (a scanner lid, a plain desk): a card's
    # pale background still differs from white in tint or brightness
    col = cv2.GaussianBlur(small if small.ndim == 3 else cv2.cvtColor(small, cv2.COLOR_GRAY2BGR), (7, 7), 0)
    border = np.concatenate([col[:4].reshape(-1, 3), col[-4:].reshape(-1, 3),
                             col[:, :4].reshape(-1, 3), col[:, -4:].reshape(-1, 3)])
    bg = np.median(border, axis=0)
    diff = np.abs(col.astype(np.int16) - bg.astype(np.int16)).max(axis=2)
    for t in (10, 18):
        m = (diff > t).astype(np.uint8) * 255
        m = cv2.morphologyEx(m, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
        m = cv2.morphologyEx(m, cv2.MORPH_OPEN, np.ones((5, 5), np.uint8))
        masks.append((m, cv2.RETR_EXTERNAL))
    contours = [cv2.findContours(mask, mode, cv2.CHAIN_APPROX_SIMPLE)[0] for mask, mode in masks]
    return Outlines(s, g, edge_maps[0], contours)


def find_cards(img: np.ndarray, min_share: float = 0.03, seen: Outlines | None = None) -> list[Card]:
    """ID-1-shaped outlines on the page (long side / short side 1.3-1.9, the 1.59 of ID-1 with
    perspective), largest first. A card differs from what it lies on (a white scanner lid,
    a desk): its outline is a closed contour of the edge map at some scale. ``seen``: the
    page's :func:`outlines`, when already found."""
    import cv2

    o = seen if seen is not None else outlines(img)
    s, g = o.s, o.g
    area = g.shape[0] * g.shape[1]
    found: list[tuple[float, Card]] = []
    for contours in o.contours:
        for c in contours:
            if len(c) < 4:
                continue
            (cx, cy), (w, h), a = cv2.minAreaRect(c)
            if w < h:
                w, h = h, w
                a += 90.0
            ra = w * h
            if not (min_share * area <= ra <= 0.9 * area) or not (1.3 <= w / max(h, 1) <= 1.9):
                continue
            hull = cv2.convexHull(c)
            if cv2.contourArea(hull) < 0.85 * ra:
                continue
            if _plain(g, ((cx, cy), (w, h), a), o.edges):
                continue   # a smooth patch of light or shade, not a printed card
            found.append((ra, Card(cx / s, cy / s, float(a), w / s, h / s)))
    found.sort(key=lambda t: -t[0])
    out: list[Card] = []
    for _ra, card in found:
        if any(math.hypot(card.cx - k.cx, card.cy - k.cy) < 0.25 * k.height for k in out):
            continue
        if any(k.contains(card.cx, card.cy) and k.width * k.height > 1.5 * card.width * card.height
               for k in out):
            continue   # a part of a card already found (the portrait, a field)
        out.append(card)
    return out


def _plain(g: np.ndarray, rect: tuple[tuple[float, float], tuple[float, float], float],
           edges: np.ndarray | None = None) -> bool:
    """Whether the inner part of a rotated rectangle of a grey image holds almost no edges:
    a printed document (text, a portrait, a security background) always has some.
    ``edges``: the image's edge map (Canny 20-60), when already found."""
    import cv2

    (cx, cy), (w, h), a = rect
    m = np.zeros(g.shape, np.uint8)
    cv2.fillPoly(m, [np.round(cv2.boxPoints(((cx, cy), (0.8 * w, 0.8 * h), a))).astype(np.int32)], 1)
    if not m.any():
        return True
    if edges is None:
        edges = cv2.Canny(g, 20, 60)
    return float((edges[m > 0] > 0).mean()) < 0.01


def zone_rect(fr: Frame, card: Card, zone: tuple[float, float, float, float],
              flip: bool = False) -> tuple[float, float, float, float]:
    """A zone of ``card`` (fractions, upright) in the crop coordinates of ``fr``."""
    u0, v0, u1, v1 = zone
    if flip:
        u0, v0, u1, v1 = 1 - u1, 1 - v1, 1 - u0, 1 - v0
    a = math.radians(card.angle)
    ex = np.array([math.cos(a), math.sin(a)])
    ey = np.array([-math.sin(a), math.cos(a)])
    c = np.array([card.cx, card.cy])
    pts = [c + ex * (u - 0.5) * card.width + ey * (v - 0.5) * card.height
           for u, v in ((u0, v0), (u1, v0), (u1, v1), (u0, v1))]
    q = fr.from_page(pts)
    return float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())


def card_from_portrait(fr: Frame, rect: tuple[float, float, float, float]) -> Card:
    """The ID-1 card a portrait ``rect`` (crop coordinates of ``fr``, upright) sits on, by
    ICAO proportions: the photo about 0.5-0.65 of the card's height, near its left edge.
    Used when no card outline is found; the zones then allow for the spread."""
    x0, y0, _x1, y1 = rect
    ph = (y1 - y0) / fr.z
    hgt = ph / 0.57
    wid = ID1_ASPECT * hgt
    left = fr.x0 + x0 / fr.z - 0.04 * wid
    mid_v = fr.y0 + (y0 + y1) / 2 / fr.z + 0.04 * hgt
    u, v = left + wid / 2, mid_v
    p = fr.to_page([[(u - fr.x0) * fr.z, (v - fr.y0) * fr.z]])[0]
    return Card(float(p[0]), float(p[1]), fr.angle, wid, hgt)
