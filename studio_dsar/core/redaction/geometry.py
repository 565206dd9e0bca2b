"""Oriented crops of a page: map between page pixels and an upright, deskewed crop."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np
from numpy.typing import ArrayLike


class View(Protocol):
    """An upright view of part of the page that OCR reads (a rotated crop, :class:`Frame`,
    or a perspective-rectified one, ``rectify.Warp``): crop it, and map between its pixels
    and the page's."""

    angle: float
    z: float

    @property
    def size(self) -> tuple[int, int]: ...

    def crop(self, img: np.ndarray, border: int = 255) -> np.ndarray: ...

    def to_page(self, pts: ArrayLike) -> np.ndarray: ...

    def from_page(self, pts: ArrayLike) -> np.ndarray: ...

    def rect_to_page(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray: ...

    def polygon(self) -> np.ndarray: ...

    def contains_page_point(self, x: float, y: float) -> bool: ...


@dataclass
class Frame:
    """An upright view of part of the page.

    ``(cx, cy)`` is a page point, ``angle`` (degrees) the direction of the crop's x axis on
    the page; ``x0..x1`` and ``y0..y1`` the extent around the point in page pixels along the
    crop's axes; ``z`` the crop pixels per page pixel.
    """

    cx: float
    cy: float
    angle: float
    x0: float
    x1: float
    y0: float
    y1: float
    z: float = 1.0

    @property
    def size(self) -> tuple[int, int]:
        return (max(1, int(round((self.x1 - self.x0) * self.z))),
                max(1, int(round((self.y1 - self.y0) * self.z))))

    def _axes(self) -> tuple[np.ndarray, np.ndarray]:
        a = math.radians(self.angle)
        ex = np.array([math.cos(a), math.sin(a)])
        ey = np.array([-math.sin(a), math.cos(a)])
        return ex, ey

    def crop_to_page_matrix(self) -> np.ndarray:
        ex, ey = self._axes()
        c = np.array([self.cx, self.cy])
        origin = c + ex * self.x0 + ey * self.y0
        return np.array([[ex[0] / self.z, ey[0] / self.z, origin[0]],
                         [ex[1] / self.z, ey[1] / self.z, origin[1]]])

    def to_page(self, pts: ArrayLike) -> np.ndarray:
        p = np.asarray(pts, float).reshape(-1, 2)
        m = self.crop_to_page_matrix()
        out: np.ndarray = p @ m[:, :2].T + m[:, 2]
        return out

    def from_page(self, pts: ArrayLike) -> np.ndarray:
        p = np.asarray(pts, float).reshape(-1, 2)
        m = self.crop_to_page_matrix()
        inv = np.linalg.inv(m[:, :2])
        out: np.ndarray = (p - m[:, 2]) @ inv.T
        return out

    def crop(self, img: np.ndarray, border: int = 255) -> np.ndarray:
        import cv2

        w, h = self.size
        m = self.crop_to_page_matrix()
        interp = cv2.INTER_AREA if self.z < 0.8 else cv2.INTER_LINEAR
        if self.z < 0.8:
            # area interpolation is not available for warps: pre-shrink instead
            s = np.diag([self.z, self.z])
            m = np.hstack([s @ m[:, :2], (m[:, 2] * self.z)[:, None]])
            corners = np.array([[0, 0, 1], [w, 0, 1], [w, h, 1], [0, h, 1]], float) @ m.T
            img = shrunk_part(img, self.z, corners)
            interp = cv2.INTER_LINEAR
        bv: Any = (border,) * 3 if img.ndim == 3 else border
        out: np.ndarray = cv2.warpAffine(img, m, (w, h), flags=interp | cv2.WARP_INVERSE_MAP,
                                         borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
        return out

    def polygon(self) -> np.ndarray:
        w, h = self.size
        return self.to_page([[0, 0], [w, 0], [w, h], [0, h]])

    def contains_page_point(self, x: float, y: float) -> bool:
        u, v = self.from_page([[x, y]])[0]
        w, h = self.size
        return bool(0 <= u <= w and 0 <= v <= h)

    def rect_to_page(self, x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
        return self.to_page([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])


def shrunk_part(img: np.ndarray, z: float, corners: np.ndarray) -> np.ndarray:
    """``img`` shrunk by ``z`` (area interpolation), as far as a warp reading the shrunk image
    inside ``corners`` (shrunk pixels; the view's corners) needs it: the page's top-left part
    that holds them and a margin, or the whole page.

    An area-shrunk pixel is the mean of the page pixels its cell covers, and the cells are
    laid from the page's top-left corner: shrinking the top-left part of a page gives the
    same pixels as shrinking the whole page, but for its last row and column (cut cells).
    A view of a document on a large page reads a small part of it; the whole page was shrunk
    for each view (some 30 ms a page of 8 megapixels)."""
    import cv2

    H, W = img.shape[:2]
    # (the warp reads the pixel at a point and the ones right and below it; two more
    # shrunk pixels stay clear of the part's cut last row and column)
    xs = int(math.ceil((max(0.0, float(np.max(corners[:, 0]))) + 4.0) / z)) + 2
    ys = int(math.ceil((max(0.0, float(np.max(corners[:, 1]))) + 4.0) / z)) + 2
    if xs < W or ys < H:
        img = img[:min(H, ys), :min(W, xs)]
    out: np.ndarray = cv2.resize(img, None, fx=z, fy=z, interpolation=cv2.INTER_AREA)
    return out


def norm_angle(a: float) -> float:
    """Angle in (-180, 180]."""
    a = math.fmod(a, 360.0)
    if a <= -180:
        a += 360
    if a > 180:
        a -= 360
    return a


def angle_diff(a: float, b: float) -> float:
    return abs(norm_angle(a - b))
