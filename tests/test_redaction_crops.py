"""Views of a large page shrunk in part: the same pixels as when the whole page is shrunk."""

from __future__ import annotations

import random

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from studio_dsar.core.redaction.geometry import Frame  # noqa: E402
from studio_dsar.core.redaction.rectify import Warp  # noqa: E402


def _page(h: int = 1300, w: int = 1700) -> np.ndarray:
    rng = np.random.default_rng(7)
    img = rng.integers(0, 256, (h, w, 3), dtype=np.uint8)
    return cv2.GaussianBlur(img, (5, 5), 0)   # (some structure; any pixels would do)


def _whole(img: np.ndarray, m: np.ndarray, size: tuple[int, int], z: float, border: int,
           perspective: bool) -> np.ndarray:
    """The view as read from the whole page shrunk by ``z``."""
    small = cv2.resize(img, None, fx=z, fy=z, interpolation=cv2.INTER_AREA)
    bv = (border,) * 3
    flags = cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP
    if perspective:
        return cv2.warpPerspective(small, np.diag([z, z, 1.0]) @ m, size, flags=flags,
                                   borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
    ms = np.hstack([z * m[:, :2], (m[:, 2] * z)[:, None]])
    return cv2.warpAffine(small, ms, size, flags=flags, borderMode=cv2.BORDER_CONSTANT, borderValue=bv)


def test_shrunk_views_match_the_whole_page_shrunk() -> None:
    img = _page()
    H, W = img.shape[:2]
    rng = random.Random(11)
    for _ in range(40):
        z = rng.uniform(0.15, 0.79)
        border = rng.choice((0, 255))
        fr = Frame(rng.uniform(-100, W + 100), rng.uniform(-100, H + 100), rng.uniform(-180, 180),
                   -rng.uniform(20, 700), rng.uniform(20, 700), -rng.uniform(20, 500), rng.uniform(20, 500), z)
        want = _whole(img, fr.crop_to_page_matrix(), fr.size, z, border, False)
        assert np.array_equal(fr.crop(img, border), want)
        x, y = rng.uniform(0, W), rng.uniform(0, H)
        quad = np.array([[x, y], [x + rng.uniform(60, 600), y + rng.uniform(-60, 60)],
                         [x + rng.uniform(60, 600), y + rng.uniform(60, 400)],
                         [x + rng.uniform(-60, 60), y + rng.uniform(60, 400)]], np.float32)
        vw, vh = rng.randrange(40, 500), rng.randrange(40, 350)
        hm = cv2.getPerspectiveTransform(np.array([[0, 0], [vw, 0], [vw, vh], [0, vh]], np.float32), quad)
        want = _whole(img, hm, (vw, vh), z, border, True)
        assert np.array_equal(Warp(hm, vw, vh, 0.0, z).crop(img, border), want)


def test_a_view_near_the_top_left_reads_no_more_than_its_part(monkeypatch: pytest.MonkeyPatch) -> None:
    img = _page()
    shapes = []
    real = cv2.resize

    def spy(src, *a, **k):  # type: ignore[no-untyped-def]
        shapes.append(src.shape[:2])
        return real(src, *a, **k)

    monkeypatch.setattr(cv2, "resize", spy)
    Frame(150, 120, 0.0, -100, 100, -80, 80, 0.5).crop(img)
    assert shapes and shapes[0][0] < 300 and shapes[0][1] < 300
